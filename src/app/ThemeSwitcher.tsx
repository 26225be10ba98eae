import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from '@fluentui/react-components';
import { THEME_LABELS, THEME_NAMES, type ThemeName } from './theme';

/** Browser mode only: inside Teams the host decides the theme. */
export function ThemeSwitcher({ theme, onTheme }: { theme: ThemeName; onTheme: (theme: ThemeName) => void }) {
  const onCheckedValueChange: MenuProps['onCheckedValueChange'] = (_event, data) => {
    const next = data.checkedItems[0];
    if (next) onTheme(next as ThemeName);
  };
  return (
    <Menu checkedValues={{ theme: [theme] }} onCheckedValueChange={onCheckedValueChange}>
      <MenuTrigger disableButtonEnhancement>
        <Button appearance="subtle" size="small">
          Theme: {THEME_LABELS[theme]}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {THEME_NAMES.map((name) => (
            <MenuItemRadio key={name} name="theme" value={name}>
              {THEME_LABELS[name]}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
