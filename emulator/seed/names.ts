/** Name lists for deterministic demo people; 100 × 100 combinations before middle initials. */
export const GIVEN_NAMES = [
  'Avery', 'Jordan', 'Priya', 'Mateo', 'Aisha', 'Lukas', 'Mei', 'Olivia', 'Noah', 'Sofia',
  'Arjun', 'Emma', 'Liam', 'Hannah', 'Kenji', 'Fatima', 'Diego', 'Chloe', 'Ravi', 'Isabel',
  'Ethan', 'Amara', 'Jonas', 'Grace', 'Samir', 'Lena', 'Oscar', 'Nadia', 'Tariq', 'Julia',
  'Marcus', 'Ananya', 'Felix', 'Zoe', 'Daniel', 'Leila', 'Hugo', 'Maya', 'Rohan', 'Clara',
  'Kai', 'Elena', 'Omar', 'Freya', 'Victor', 'Ines', 'Theo', 'Yuki', 'Samuel', 'Alice',
  'Nikhil', 'Ruby', 'Adrian', 'Sara', 'Emil', 'Lucia', 'Tomas', 'Nora', 'Vikram', 'Ella',
  'Isaac', 'Mia', 'Leon', 'Aaliyah', 'Rafael', 'Ivy', 'Arun', 'Charlotte', 'Max', 'Lea',
  'Caleb', 'Hana', 'Dev', 'Amelia', 'Finn', 'Rosa', 'Imran', 'Paula', 'Ben', 'Keira',
  'Sanjay', 'Eva', 'Milo', 'Lina', 'Aaron', 'Tara', 'Jack', 'Camila', 'Anil', 'Harper',
  'Riley', 'Sunita', 'Elias', 'Bianca', 'Hiro', 'Lucy', 'Kofi', 'Greta', 'Ari', 'Quinn',
] as const;

export const SURNAMES = [
  'Chen', 'Patel', 'Garcia', 'Müller', 'Okafor', 'Smith', 'Nguyen', 'Kowalski', 'Singh', 'Rossi',
  'Johnson', 'Tanaka', 'Fernandez', 'Schmidt', 'Ahmed', 'Brown', 'Kim', 'Novak', 'Sharma', 'Dubois',
  'Williams', 'Sato', 'Lopez', 'Fischer', 'Hassan', 'Taylor', 'Park', 'Horvath', 'Iyer', 'Moreau',
  'Jones', 'Suzuki', 'Martinez', 'Weber', 'Mensah', 'Davies', 'Lee', 'Nowak', 'Reddy', 'Laurent',
  'Miller', 'Watanabe', 'Gonzalez', 'Wagner', 'Abdi', 'Evans', 'Choi', 'Varga', 'Menon', 'Lefebvre',
  'Wilson', 'Ito', 'Rodriguez', 'Becker', 'Osei', 'Thomas', 'Wang', 'Jensen', 'Rao', 'Girard',
  'Anderson', 'Yamamoto', 'Perez', 'Hoffmann', 'Kamau', 'Roberts', 'Zhang', 'Larsen', 'Nair', 'Bernard',
  'Clark', 'Nakamura', 'Sanchez', 'Schulz', 'Diallo', 'Walker', 'Liu', 'Nielsen', 'Gupta', 'Petit',
  'Lewis', 'Kobayashi', 'Ramirez', 'Koch', 'Boateng', 'Hughes', 'Huang', 'Andersen', 'Joshi', 'Fontaine',
  'Young', 'Kato', 'Torres', 'Richter', 'Owusu', 'Green', 'Zhao', 'Berg', 'Desai', "O'Brien",
] as const;
