// Makes common-passwords.txt, the list the password policy refuses (R11): well-known passwords and
// the patterns breached lists are full of, built here from rules rather than downloaded — words,
// names and places (Latin, Cyrillic, and Cyrillic typed on a Latin keyboard and back), keyboard
// walks, digit runs, years, and the usual suffixes. Run: `npx tsx apps/server/src/auth/common-passwords.generate.ts`.
// The policy normalises a candidate (lower case, leet undone, digits and symbols trimmed off the
// ends) before it looks it up, so the list holds the bare forms; the test keeps the file and this
// generator in step.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const WORDS = `password passwd pass passpass passw0rd pwd secret secrets letmein welcome iloveyou loveyou
admin administrator admins root toor superuser sysadmin user users guest test tester testing login logon
master default changeme change newpassword mypassword yourpassword nopassword temp temporary qwerty
monkey dragon sunshine princess football baseball basketball soccer hockey tennis shadow superman batman
spiderman michael trustno trustme whatever freedom starwars computer internet service support system
server manager office access security summer winter spring autumn love lovely flower flowers killer
hunter charlie daniel thomas george robert andrew matrix mustang ninja cheese pepper orange banana apple
chocolate maggie ginger silver golden diamond angel angels friend friends family forever money happy
lucky google facebook instagram telegram whatsapp microsoft windows linux samsung iphone nokia xiaomi
chelsea arsenal barcelona realmadrid liverpool manchester juventus milan zenit spartak kairat ordabasy
tobol aktobe astana football hello hellokitty kitty pokemon naruto minecraft fortnite roblox gaming
player killer1 blink princess1 jesus christ heaven blessed faith hope peace music guitar piano rock
metal dance party beer vodka whisky coffee pizza burger chicken tiger lion eagle wolf bear dog cat
horse fish bird dolphin butterfly rainbow purple yellow green blue black white red pink asdf qwer zxcv
abc abcd abcde abcdef abcdefg abcdefgh abc123 aaa aaaa zzzz xxx xxxx letme trust
aldyn aldin aldynkz prevention profilaktika profilaktik profilaktike police policia politsiya
politsia politsii militsiya militsia militia mvd ishki ishkiister akimat akimdik prokuratura prokuror
prosecutor court sud sot uchastkovy uchastkovyi uchaskovyi inspektor inspector inspektsiya
kazakhstan kazakstan qazaqstan qazakstan kazahstan kazakhstan1 republic respublika astana almaty
almaata alma-ata nursultan shymkent chimkent karaganda qaraghandy karagandy aktobe aqtobe taraz pavlodar
oskemen ustkamenogorsk semey semipalatinsk atyrau kostanay qostanay kyzylorda qyzylorda oral uralsk
petropavl petropavlovsk aktau aqtau turkestan taldykorgan taldyqorgan kokshetau kokchetav zhezkazgan
jezkazgan ekibastuz temirtau baikonur baiqonyr balkhash zhanaozen konaev kapchagay
parol parole privet lyubov lubov lubimaya lyubimaya lubimiy lyubimyi solnce solntse solnyshko
solnishko kotik kotenok kotyonok zaika zaya malysh krasotka lapochka nezhnost angelochek prostoparol
mojparol moiparol moyparol mojparol1 novyiparol noviyparol noviparol vhod voiti dostup sekret zaschita
rossiya russia moskva moscow piter sobaka koshka medved tigr volk lisa zvezda zvezdochka schaste
schastye udacha druzhba drug podruga mama papa mamapapa semya doch syn dedushka babushka
mahabbat mahabat bakyt baqyt baqytym otan otanym alga salem salam saulem zhanym janym jaksy zhaksy
kuanysh qazaq kazak kazakh nauryz tengri bauyrsak beshbarmak dombyra kymyz qymyz aqsham kenes
kazakhstan2030 eli elim menin meninparolim parolim qupiya qupiyasoz kupiyasoz kupiya
`;

const NAMES = `aigerim aruzhan ayaulym akbota dana aida aliya aliia madina asel dinara zhanna gulnara saule aizhan
aisulu togzhan balnur ainur aizere akmaral aliya alua assem asem ayana dariga dilnaz dilnaza gaukhar
indira kamila karina laura lyazzat meruyert moldir nazerke nazym saltanat samal sabina tomiris zarina
zhuldyz zhansaya zhibek yerkezhan erkezhan nurlan nursultan daniyar yerlan erlan askar bauyrzhan azamat
timur ruslan arman marat aibek nurbolat yerzhan erzhan asylbek dauren kanat serik berik almas bolat
ermek zhandos aidos dias alikhan sanzhar alibek beibit talgat amir adil arsen rustem samat bekzat miras
ulan nurzhan zhanibek abylai abay abai kairat kuat murat nurlybek olzhas rauan sultan temirlan yerbol
erbol zhasulan aslan baurzhan dulat galym islam maksat nurbek orazbek rakhat sayat zhaslan yernar ernar
aleksandr alexander alexandr alex sasha sergey sergei serega dmitriy dmitry dima andrey andrei alexey
alexei aleksey maxim maksim ivan vanya nikolay nikolai kolya vladimir vova pavel pasha mikhail misha
artem artyom denis roman oleg igor anton vadim yuriy yuri evgeniy evgeny zhenya viktor victor konstantin
kostya stanislav stas vitaliy vitaly boris gennadiy leonid nikita kirill egor ilya danil gleb
natasha natalia natalya tatyana tatiana tanya elena lena olga olya marina svetlana sveta irina ira anna
anya maria mariya masha ekaterina katya katerina julia yulia yuliya oksana anastasia nastya dasha daria
darya kristina alina victoria viktoria vika polina sofia sofiya galina lyudmila luda nadezhda nadya
vera valentina larisa lyuba alena alyona ksenia kseniya veronika diana yana lilia liliya
john james david michael jennifer jessica ashley amanda robert william richard joseph charles thomas
christopher matthew anthony mark steven paul kevin brian george edward sarah emily emma olivia sophia
isabella mia charlotte amelia harry jack oliver jacob noah liam lucas ethan mason logan`;

/** Words typed in Cyrillic, for the Cyrillic list and for their Latin-keyboard twins (пароль → gfhjkm). */
const CYRILLIC = `пароль парольчик привет любовь люблю солнышко солнце котик котенок зайка малыш киска
наташа наталья татьяна елена ольга марина светлана ирина анна мария екатерина юлия максим александр
сергей дмитрий андрей алексей иван владимир михаил никита артем денис роман олег игорь антон
казахстан қазақстан астана алматы шымкент караганда полиция милиция админ администратор
пользователь пароль123 мойпароль новыйпароль секрет доступ вход россия москва мама папа семья
счастье удача друг подруга собака кошка медведь тигр волк звезда ангел принцесса махаббат бақыт
отан алға сәлем жаным құпиясөз құпия кілт кілтсөз йцукен йцукенгшщз фывапролдж ячсмитьбю
йфяцычувскамепинртгоьшлбщдюзжхэъ`;

const US = "`1234567890-=qwertyuiop[]\\asdfghjkl;'zxcvbnm,./";
const RU = "ё1234567890-=йцукенгшщзхъ\\фывапролджэячсмитьбю.";
const toLatinKeys = (s: string) => [...s].map((c) => US[RU.indexOf(c)] ?? c).join("");
const toCyrillicKeys = (s: string) => [...s].map((c) => RU[US.indexOf(c)] ?? c).join("");

const ROWS = [
  "`1234567890-=",
  "qwertyuiop[]",
  "asdfghjkl;'",
  "zxcvbnm,./",
  "~!@#$%^&*()_+",
  "йцукенгшщзхъ",
  "фывапролджэ",
  "ячсмитьбю.",
];

/** Every run of 4 or more keys along a keyboard row, both ways. */
function rowWalks(): string[] {
  const out: string[] = [];
  for (const row of ROWS) {
    for (let i = 0; i < row.length; i++) {
      for (let j = i + 4; j <= row.length; j++) {
        const run = row.slice(i, j);
        out.push(run, [...run].reverse().join(""));
      }
    }
  }
  return out;
}

/** Walks down the keyboard's columns (1qaz2wsx…) and the zig-zags people type (q1w2e3r4…). */
function columnWalks(): string[] {
  const cols = ["1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik,", "9ol.", "0p;/"];
  const shifted = ["!qaz", "@wsx", "#edc", "$rfv", "%tgb", "^yhn", "&ujm"];
  const out: string[] = [];
  for (const set of [cols, shifted]) {
    for (let i = 0; i < set.length; i++) {
      for (let n = 2; i + n <= set.length && n <= 5; n++) {
        const chunk = set.slice(i, i + n);
        out.push(chunk.join(""), chunk.map((c) => [...c].reverse().join("")).join(""));
        out.push(chunk.map((c) => c.slice(1)).join("")); // qazwsxedc
      }
    }
  }
  const top = "1234567890";
  const letters = "qwertyuiop";
  const home = "asdfghjkl";
  for (let n = 4; n <= 10; n++) {
    out.push([...top.slice(0, n)].map((d, k) => d + letters[k]).join("")); // 1q2w3e4r
    out.push([...top.slice(0, n)].map((d, k) => letters[k] + d).join("")); // q1w2e3r4
    if (n <= home.length) {
      out.push([...top.slice(0, n)].map((d, k) => d + home[k]).join(""));
      out.push([...top.slice(0, n)].map((d, k) => home[k] + d).join(""));
    }
  }
  out.push(
    "zaq12wsx",
    "zaq1xsw2",
    "zaq1zaq1",
    "1qazxsw2",
    "xsw2zaq1",
    "qweasd",
    "qweasdzxc",
    "asdqwe",
    "zxcasdqwe",
    "qweqwe",
    "asdasd",
    "zxczxc",
    "qwe123",
    "asd123",
    "zxc123",
    "qaz123",
    "wsx123",
    "qwe123qwe",
    "qwerty123",
    "qwer1234",
    "qwert12345",
    "qwerty1234",
    "qwerty12345",
    "qwerty123456",
    "123qwe",
    "123qweasd",
    "123qweasdzxc",
    "1q2w3e",
    "1q2w3e4r5t",
    "1q2w3e4r5t6y",
    "a1s2d3f4",
    "1a2s3d4f",
    "a1b2c3",
    "a1b2c3d4",
    "abc123",
    "123abc",
    "abcd1234",
    "1234abcd",
    "aa123456",
    "aa12345678",
    "aa123456789",
    "qq123456",
    "qwertyuiopasdfghjklzxcvbnm",
    "qazwsxedcrfvtgbyhnujmikolp",
    "1qaz2wsx3edc4rfv5tgb",
  );
  return out;
}

/** Runs of digits people use: counting up and down, repeats, pairs, pads, and years. */
function digitPatterns(): string[] {
  const out: string[] = [];
  const up = "01234567890123456789";
  const down = "98765432109876543210";
  for (let i = 0; i < 10; i++) {
    for (let n = 4; n <= 12; n++) out.push(up.slice(i, i + n), down.slice(i, i + n));
  }
  for (let d = 0; d <= 9; d++) for (let n = 4; n <= 12; n++) out.push(String(d).repeat(n));
  for (const unit of ["12", "123", "1234", "12345", "21", "321", "69", "007", "777", "11", "01", "10", "00"])
    for (let n = 2; n <= 6; n++) out.push(unit.repeat(n));
  out.push(
    "112233",
    "11223344",
    "1122334455",
    "123321",
    "12344321",
    "1234554321",
    "147258369",
    "147852369",
    "159753",
    "159357",
    "951753",
    "753951",
    "789456123",
    "741852963",
    "963852741",
    "258456",
    "2580",
    "121212",
    "131313",
    "123654",
    "456789",
    "654321",
    "010203",
    "102030",
    "1029384756",
    "5201314",
    "1314520",
    "8675309",
    "12341234",
    "11111111",
    "1234512345",
    "0000",
    "1111",
    "9999",
  );
  for (let y = 1940; y <= 2035; y++) {
    out.push(String(y), `${y}${y}`, `01${y}`, `12${y}`, `${y}01`);
  }
  // Dates of birth written as ddmmyyyy are endless; the first of every month of the common years.
  for (let y = 1960; y <= 2012; y++)
    for (let m = 1; m <= 12; m++) out.push(`01${String(m).padStart(2, "0")}${y}`);
  return out;
}

const SUFFIXES = [
  "1",
  "12",
  "123",
  "1234",
  "12345",
  "123456",
  "!",
  "1!",
  "123!",
  "01",
  "007",
  "777",
  "2024",
  "2025",
  "2026",
  "@123",
  "#1",
  "$",
];

export function commonPasswordList(): string[] {
  const words = [...new Set(WORDS.split(/\s+/).filter(Boolean))];
  const names = [...new Set(NAMES.split(/\s+/).filter(Boolean))];
  const cyrillic = [...new Set(CYRILLIC.split(/\s+/).filter(Boolean))];
  const walks = [...rowWalks(), ...columnWalks()];
  const out = new Set<string>();
  const add = (s: string) => {
    const v = s.normalize("NFKC").toLowerCase();
    if (v.length >= 3) out.add(v);
  };
  for (const w of [...words, ...names, ...cyrillic, ...walks, ...digitPatterns()]) add(w);
  // Typed on the wrong keyboard layout: "пароль" with a Latin layout is "gfhjkm", "password" with
  // a Cyrillic one is "зфыыцщкв".
  for (const w of cyrillic) add(toLatinKeys(w));
  for (const w of [...words, ...names.slice(0, 40)]) if (/^[a-z]+$/.test(w)) add(toCyrillicKeys(w));
  // The breached lists' favourite shapes, whole: a word doubled, a word and a number.
  const top = [
    ...words.slice(0, 60),
    ...names.slice(0, 30),
    "kazakhstan",
    "astana",
    "almaty",
    "aldyn",
    "parol",
  ];
  for (const w of top) {
    add(w + w);
    for (const s of SUFFIXES) add(w + s);
  }
  return [...out].sort();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "common-passwords.txt");
  const list = commonPasswordList();
  writeFileSync(file, `${list.join("\n")}\n`);
  process.stdout.write(`${list.length} passwords written to ${file}\n`);
}
