import {
  Avatar,
  Button,
  Menu,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components';
import { useMe } from '../api-client/me';

/** Browser mode: who is signed in, and switching to another demo person. */
export function PersonMenu({ onSwitchPerson }: { onSwitchPerson: () => void }) {
  const me = useMe();
  const name = me.data?.displayName ?? 'Signed in';
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small" icon={<Avatar name={name} size={24} aria-hidden />}>
          {name}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>
              {me.data
                ? `${me.data.jobTitle ?? ''} ${me.data.department ? `· ${me.data.department}` : ''}`
                : 'Demo sign-in'}
            </MenuGroupHeader>
            <MenuItem onClick={onSwitchPerson}>Switch person</MenuItem>
          </MenuGroup>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
