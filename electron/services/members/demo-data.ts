/** Words the demo cooperative is made of, per locale: names, places, categories and causes. */
import type { CoopIdentity, Locale } from '../../../shared/contract/coop';

export interface DemoWords {
  identity: CoopIdentity;
  femaleNames: readonly string[];
  maleNames: readonly string[];
  surnames: readonly string[];
  /** Iberian and Brazilian people usually carry two surnames. */
  secondSurnameShare: number;
  nationalities: readonly [home: string, ...others: string[]];
  streets: readonly string[];
  cities: readonly string[];
  /** Weighted: earlier categories are more common. */
  categories: readonly [string, string, string, string];
  weeklyHours: readonly number[];
  resignationCauses: readonly string[];
  exclusionCauses: readonly string[];
  deathCause: string;
  leaveCause: string;
  resolution: (n: number) => string;
  phone: (digits: string) => string;
}

const es: DemoWords = {
  identity: {
    name: 'Cooperativa de Trabajo La Minga Ltda.',
    framework: 'AR',
    currency: 'ARS',
    locale: 'es',
    fiscalYearStart: '01-01',
  },
  femaleNames: [
    'María', 'Ana', 'Lucía', 'Sofía', 'Valentina', 'Camila', 'Florencia', 'Julieta', 'Carolina', 'Gabriela',
    'Romina', 'Natalia', 'Paula', 'Verónica', 'Silvina', 'Marcela', 'Claudia', 'Rocío', 'Micaela', 'Agustina',
    'Noelia', 'Soledad', 'Graciela', 'Inés', 'Milagros', 'Belén', 'Yanina', 'Estela', 'Dolores', 'Mercedes',
  ],
  maleNames: [
    'Juan', 'José', 'Carlos', 'Luis', 'Jorge', 'Miguel', 'Diego', 'Martín', 'Pablo', 'Sergio', 'Gustavo',
    'Ramón', 'Héctor', 'Marcelo', 'Raúl', 'Fernando', 'Matías', 'Nicolás', 'Facundo', 'Lautaro', 'Hernán',
    'Andrés', 'Ricardo', 'Damián', 'Ezequiel', 'Gonzalo', 'Julián', 'Rubén', 'Óscar', 'Walter',
  ],
  surnames: [
    'García', 'Fernández', 'González', 'Rodríguez', 'López', 'Martínez', 'Pérez', 'Gómez', 'Sánchez', 'Díaz',
    'Álvarez', 'Romero', 'Sosa', 'Torres', 'Ruiz', 'Ramírez', 'Flores', 'Benítez', 'Acosta', 'Medina',
    'Herrera', 'Suárez', 'Aguirre', 'Giménez', 'Gutiérrez', 'Pereyra', 'Rojas', 'Molina', 'Castro', 'Ortiz',
    'Silva', 'Núñez', 'Luna', 'Juárez', 'Cabrera', 'Ríos', 'Ferreyra', 'Godoy', 'Morales', 'Domínguez',
    'Quiroga', 'Vera', 'Ledesma', 'Villalba', 'Peralta', 'Maldonado', 'Ibáñez', 'Mansilla', 'Cáceres', 'Ojeda',
  ],
  secondSurnameShare: 0.35,
  nationalities: ['Argentina', 'Paraguaya', 'Boliviana', 'Peruana', 'Uruguaya', 'Venezolana', 'Chilena'],
  streets: [
    'Av. Corrientes', 'Av. Rivadavia', 'San Martín', 'Belgrano', 'Sarmiento', 'Mitre', 'Moreno', 'Av. San Juan',
    'Lavalle', 'Pasaje Los Andes', 'Güemes', 'Av. Mitre', 'Alsina', 'Catamarca',
  ],
  cities: ['CABA', 'Avellaneda', 'Lanús', 'Quilmes', 'La Plata', 'Rosario', 'Córdoba', 'Mendoza', 'Morón'],
  categories: ['Auxiliar', 'Oficial', 'Especializado', 'Coordinación'],
  weeklyHours: [40, 40, 40, 35, 36, 30, 24, 20, 44, 37.5, 22.5, 32],
  resignationCauses: ['Renuncia voluntaria', 'Jubilación', 'Mudanza a otra provincia', 'Motivos personales'],
  exclusionCauses: ['Incumplimiento reiterado del estatuto', 'Inasistencias reiteradas sin justificación'],
  deathCause: 'Fallecimiento',
  leaveCause: 'Licencia',
  resolution: (n) => `Acta de Consejo de Administración N° ${n}`,
  phone: (d) => `+54 11 ${d.slice(0, 4)}-${d.slice(4, 8)}`,
};

const ptBR: DemoWords = {
  identity: {
    name: 'Cooperativa de Trabalho Minga',
    framework: 'BR',
    currency: 'BRL',
    locale: 'pt-BR',
    fiscalYearStart: '01-01',
  },
  femaleNames: [
    'Maria', 'Ana', 'Juliana', 'Fernanda', 'Patrícia', 'Aline', 'Camila', 'Bruna', 'Letícia', 'Larissa',
    'Mariana', 'Vanessa', 'Tatiane', 'Francisca', 'Antônia', 'Adriana', 'Sandra', 'Raimunda', 'Luana', 'Gabriela',
    'Beatriz', 'Débora', 'Josefa', 'Conceição', 'Rita', 'Simone', 'Cláudia', 'Jéssica', 'Luciana', 'Eliane',
  ],
  maleNames: [
    'José', 'João', 'Antônio', 'Francisco', 'Carlos', 'Paulo', 'Pedro', 'Lucas', 'Luiz', 'Marcos', 'Luís',
    'Gabriel', 'Rafael', 'Daniel', 'Marcelo', 'Bruno', 'Eduardo', 'Felipe', 'Raimundo', 'Rodrigo', 'Manoel',
    'Sebastião', 'Severino', 'Thiago', 'Diego', 'Leandro', 'Fábio', 'Márcio', 'Vinícius', 'Reginaldo',
  ],
  surnames: [
    'Silva', 'Santos', 'Oliveira', 'Souza', 'Rodrigues', 'Ferreira', 'Alves', 'Pereira', 'Lima', 'Gomes',
    'Costa', 'Ribeiro', 'Martins', 'Carvalho', 'Almeida', 'Lopes', 'Soares', 'Fernandes', 'Vieira', 'Barbosa',
    'Rocha', 'Dias', 'Nascimento', 'Andrade', 'Moreira', 'Nunes', 'Marques', 'Machado', 'Mendes', 'Freitas',
    'Cardoso', 'Ramos', 'Gonçalves', 'Santana', 'Teixeira', 'Araújo', 'Conceição', 'Pinto', 'Cavalcanti', 'Batista',
  ],
  secondSurnameShare: 0.6,
  nationalities: ['Brasileira', 'Boliviana', 'Haitiana', 'Venezuelana', 'Paraguaia', 'Angolana'],
  streets: [
    'Rua Augusta', 'Av. Paulista', 'Rua da Consolação', 'Rua XV de Novembro', 'Av. Brasil', 'Rua das Flores',
    'Rua Sete de Setembro', 'Av. Getúlio Vargas', 'Rua do Comércio', 'Travessa São José',
  ],
  cities: ['São Paulo', 'Campinas', 'Porto Alegre', 'Belo Horizonte', 'Recife', 'Salvador', 'Curitiba', 'Fortaleza'],
  categories: ['Auxiliar', 'Oficial', 'Especializado', 'Coordenação'],
  weeklyHours: [44, 44, 40, 40, 36, 30, 24, 20, 42, 37.5, 22.5],
  resignationCauses: ['Demissão voluntária', 'Aposentadoria', 'Mudança de cidade', 'Motivos pessoais'],
  exclusionCauses: ['Descumprimento reiterado do estatuto', 'Faltas reiteradas sem justificativa'],
  deathCause: 'Falecimento',
  leaveCause: 'Licença',
  resolution: (n) => `Ata do Conselho de Administração nº ${n}`,
  phone: (d) => `+55 11 9${d.slice(0, 4)}-${d.slice(4, 8)}`,
};

const en: DemoWords = {
  identity: {
    name: 'Minga Workers Cooperative',
    framework: 'US',
    currency: 'USD',
    locale: 'en',
    fiscalYearStart: '01-01',
  },
  femaleNames: [
    'Mary', 'Patricia', 'Jennifer', 'Linda', 'Elizabeth', 'Maria', 'Susan', 'Jessica', 'Sarah', 'Karen',
    'Lisa', 'Nancy', 'Ashley', 'Emily', 'Michelle', 'Guadalupe', 'Rosa', 'Keisha', 'Mei', 'Aisha',
    'Carmen', 'Hannah', 'Olivia', 'Grace', 'Yolanda',
  ],
  maleNames: [
    'James', 'Robert', 'John', 'Michael', 'David', 'William', 'Richard', 'Joseph', 'Thomas', 'Charles',
    'Daniel', 'Matthew', 'Anthony', 'Jose', 'Luis', 'Marcus', 'DeShawn', 'Kevin', 'Brian', 'Tyrone',
    'Ahmed', 'Wei', 'Samuel', 'Carlos', 'Ethan',
  ],
  surnames: [
    'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
    'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin',
    'Lee', 'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson',
    'Walker', 'Young', 'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores',
  ],
  secondSurnameShare: 0,
  nationalities: ['American', 'Mexican', 'Salvadoran', 'Guatemalan', 'Dominican', 'Filipino'],
  streets: ['Main St', 'Oak Ave', 'Maple St', 'Broadway', 'Elm St', 'Cedar Rd', 'Washington Ave', 'Park Pl'],
  cities: ['Oakland, CA', 'Brooklyn, NY', 'Minneapolis, MN', 'Madison, WI', 'Cleveland, OH', 'Austin, TX'],
  categories: ['Assistant', 'Journeyman', 'Specialist', 'Coordinator'],
  weeklyHours: [40, 40, 40, 32, 30, 20, 35, 37.5, 24],
  resignationCauses: ['Voluntary resignation', 'Retirement', 'Moved away', 'Personal reasons'],
  exclusionCauses: ['Repeated breach of the bylaws', 'Repeated unexcused absences'],
  deathCause: 'Death',
  leaveCause: 'Leave of absence',
  resolution: (n) => `Board resolution #${n}`,
  // 555-0100 to 555-0199 are reserved for fiction.
  phone: (d) => `+1 (212) 555-01${d.slice(0, 2)}`,
};

export const demoWords: Record<Locale, DemoWords> = { es, 'pt-BR': ptBR, en };
