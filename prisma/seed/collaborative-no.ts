// The Norwegian demo collaborative: a læringsnettverk on falls prevention (fallforebygging) with
// six nursing-home and home-care units in three municipalities. Texts are in texts-no.ts.
import { formatLongDate } from "./dates";
import { NO_TEXTS } from "./texts-no";
import type { CollaborativeSpec, MeasureSpec, TeamSpec } from "./types";

const MEASURES: MeasureSpec[] = [
  {
    key: "fall-rate",
    name: "Fall per 1000 liggedøgn/brukerdøgn",
    type: "OUTCOME",
    compassPoint: "CLINICAL",
    operationalDefinition:
      "Alle fall registrert i avvikssystemet i måneden, med eller uten skade. Et fall er en hendelse der personen uventet havner på gulvet eller et lavere nivå. Sykehjem teller liggedøgn, hjemmetjenesten brukerdøgn (brukere med vedtak × dager i måneden).",
    numeratorDefinition: "Antall registrerte fall i måneden",
    denominatorDefinition: "Antall liggedøgn (sykehjem) eller brukerdøgn (hjemmetjenesten) i måneden",
    kind: "RATE",
    multiplier: 1000,
    unit: "per 1000 døgn",
    frequency: "MONTHLY",
    direction: "DOWN",
    goal: 5,
    defaultChart: "U",
    sim: { denominator: "bedDays", base: 9.5, improved: 4.5, effect: "strong", spread: 0.15 },
  },
  {
    key: "fall-skade",
    name: "Fall med skade",
    type: "OUTCOME",
    compassPoint: "CLINICAL",
    operationalDefinition: "Fall i måneden som førte til skade som krevde legetilsyn, sying, røntgen eller innleggelse.",
    numeratorDefinition: "Antall fall med skade i måneden",
    denominatorDefinition: "",
    kind: "COUNT",
    multiplier: 1,
    unit: "fall",
    frequency: "MONTHLY",
    direction: "DOWN",
    goal: 1,
    defaultChart: "C",
    sim: { denominator: "none", base: 2.2, improved: 1, effect: "weak", spread: 0.25 },
  },
  {
    key: "risikovurdering",
    name: "Tjenestemottakere med fallrisikovurdering og tiltaksplan",
    type: "PROCESS",
    compassPoint: "FUNCTIONAL",
    operationalDefinition:
      "Hver mandag trekkes 12 tilfeldige beboere eller brukere. Teller med når det finnes en fallrisikovurdering fra de siste tre månedene og en tiltaksplan i journalen.",
    numeratorDefinition: "Antall i stikkprøven med fallrisikovurdering og tiltaksplan",
    denominatorDefinition: "Antall tjenestemottakere i stikkprøven",
    kind: "PROPORTION",
    multiplier: 100,
    unit: "%",
    frequency: "WEEKLY",
    direction: "UP",
    goal: 90,
    defaultChart: "P",
    sim: { denominator: "survey", base: 0.35, improved: 0.86, effect: "strong", spread: 0.15 },
  },
  {
    key: "begrensning",
    name: "Bruk av bevegelseshindrende tiltak",
    type: "BALANCING",
    compassPoint: "FUNCTIONAL",
    operationalDefinition:
      "Telling den første hverdagen i måneden: beboere eller brukere med sengehest, belte eller annet tiltak som hindrer dem i å bevege seg fritt. Skal vise om fallforebygging fører til mer begrensning.",
    numeratorDefinition: "Antall tjenestemottakere med bevegelseshindrende tiltak på telledagen",
    denominatorDefinition: "Antall tjenestemottakere på telledagen",
    kind: "PROPORTION",
    multiplier: 100,
    unit: "%",
    frequency: "MONTHLY",
    direction: "DOWN",
    goal: null,
    defaultChart: "P",
    sim: { denominator: "residents", base: 0.1, improved: 0.1, worse: 0.26, effect: "none", spread: 0.2 },
  },
];

const TEAM_MEASURE: MeasureSpec = {
  key: "legemiddelgjennomgang",
  name: "Beboere med legemiddelgjennomgang siste 6 måneder",
  type: "PROCESS",
  compassPoint: "CLINICAL",
  operationalDefinition: "Telling ved månedsskiftet: beboere med dokumentert legemiddelgjennomgang med sykehjemslegen de siste seks månedene.",
  numeratorDefinition: "Antall beboere med legemiddelgjennomgang siste 6 måneder",
  denominatorDefinition: "Antall beboere på avdelingen",
  kind: "PROPORTION",
  multiplier: 100,
  unit: "%",
  frequency: "MONTHLY",
  direction: "UP",
  goal: 90,
  defaultChart: "P",
  sim: { denominator: "residents", base: 0.4, improved: 0.88, effect: "strong", spread: 0 },
};

const HOME_CARE_FACTOR = { "fall-rate": 0.35, begrensning: 0.4 };

const FALL_AIM = "Innen {end} skal antall fall per 1000 døgn på {unit} reduseres med minst 40 %, og minst 90 % av tjenestemottakerne skal ha fallrisikovurdering og tiltaksplan.";

function team(spec: Omit<TeamSpec, "aim"> & { aim?: string }): TeamSpec {
  return { aim: spec.aim ?? FALL_AIM, ...spec } as TeamSpec;
}

const TEAMS: TeamSpec[] = [
  team({
    key: "solbakken", name: "Solbakken sykehjem, avdeling 2", microsystem: "ms-solbakken", organisation: "fjellby", microsystemKind: "NURSING_HOME_UNIT",
    size: 24, beds: 24, improving: true, shiftWeeks: 20, joinedWeeks: 0,
    contact: "demo:contactNo", members: ["new", "new"], patientRepresentative: "new",
    aim: "Innen {end} skal antall fall per 1000 liggedøgn på {unit} reduseres fra om lag 10 til under 5, og alle nye beboere skal ha fallrisikovurdering innen 48 timer.",
    cycles: [
      { template: "tavlemote", state: "DONE", decision: "ADOPT", startDaysAgo: 470, durationDays: 28 },
      { template: "vurdering-1", state: "DONE", decision: "ADAPT", startDaysAgo: 260, durationDays: 3, ramp: "vurdering" },
      { template: "vurdering-2", state: "DONE", decision: "ADAPT", startDaysAgo: 200, durationDays: 7, ramp: "vurdering" },
      { template: "vurdering-3", state: "ACT", startDaysAgo: 40, durationDays: 28, ramp: "vurdering" },
      { template: "nattlys", state: "DONE", decision: "ADOPT", startDaysAgo: 70, durationDays: 21 },
      { template: "legemiddel", state: "DO", startDaysAgo: 14, durationDays: 42 },
    ],
    annotations: [
      { weeksAfterStart: 6, text: "Nytt skjema for fallregistrering fra uke {week}", measure: "fall-rate" },
      { weeksAfterStart: 20, text: "Fall fast punkt på tavlemøtet fra uke {week}" },
      { weeksAfterStart: 40, text: "Nattlys montert på alle rom", measure: "fall-rate" },
    ],
  }),
  team({
    key: "fjellby-hjem", name: "Hjemmetjenesten Fjellby sentrum", microsystem: "ms-fjellby-hjem", organisation: "fjellby", microsystemKind: "HOME_CARE_GROUP",
    size: 60, beds: 60, improving: true, shiftWeeks: 22, joinedWeeks: 0, levelFactor: HOME_CARE_FACTOR,
    contact: "new", members: ["new", "new"],
    cycles: [
      { template: "fottoy", state: "DONE", decision: "ADOPT", startDaysAgo: 280, durationDays: 28 },
      { template: "trim", state: "DONE", decision: "ADAPT", startDaysAgo: 150, durationDays: 42, ramp: "trim" },
      { template: "trim", state: "STUDY", startDaysAgo: 35, durationDays: 42, ramp: "trim", scale: "to treningsgrupper" },
    ],
    annotations: [{ weeksAfterStart: 22, text: "Sjekk av fottøy og snublefeller ved alle hjemmebesøk fra uke {week}" }],
  }),
  team({
    key: "elvdal-oms", name: "Elvdal omsorgssenter, skjermet enhet", microsystem: "ms-elvdal-oms", organisation: "elvdal", microsystemKind: "NURSING_HOME_UNIT",
    size: 16, beds: 16, improving: true, shiftWeeks: 21, joinedWeeks: 0, levelFactor: { "fall-rate": 1.4 },
    contact: "new", members: ["new", "new"],
    cycles: [
      { template: "tavlemote", state: "DONE", decision: "ADOPT", startDaysAgo: 300, durationDays: 21 },
      { template: "sensor", state: "ABANDONED", startDaysAgo: 180, durationDays: 20 },
      { template: "debrief", state: "DONE", decision: "ADOPT", startDaysAgo: 85, durationDays: 30 },
    ],
    annotations: [{ weeksAfterStart: 41, text: "Aktivitetstilbud på kveldstid fra uke {week}", measure: "fall-rate" }],
  }),
  team({
    key: "elvdal-hjem", name: "Hjemmesykepleien Elvdal nord", microsystem: "ms-elvdal-hjem", organisation: "elvdal", microsystemKind: "HOME_CARE_GROUP",
    size: 45, beds: 45, improving: false, shiftWeeks: 0, joinedWeeks: 0, gaps: "summer", levelFactor: HOME_CARE_FACTOR,
    contact: "new", members: ["new"],
    cycles: [
      { template: "trim", state: "ABANDONED", startDaysAgo: 120, durationDays: 14, abandonReason: "Brukerne bor for spredt til at felles trening lar seg gjennomføre; vi prøver heller hjemmeøvelser." },
      { template: "fottoy", state: "PLAN", startDaysAgo: -8, durationDays: 28 },
    ],
    annotations: [{ weeksAfterStart: 0, atSummerGap: true, text: "Sommerferie: målinger ikke registrert i juli og august" }],
  }),
  team({
    key: "sjovik-sh", name: "Sjøvik sykehjem, langtidsavdeling", microsystem: "ms-sjovik-sh", organisation: "sjovik", microsystemKind: "NURSING_HOME_UNIT",
    size: 28, beds: 28, improving: false, shiftWeeks: 21, joinedWeeks: 0, deteriorates: true,
    contact: "new", members: ["new", "new"],
    cycles: [
      { template: "sensor", state: "DONE", decision: "ABANDON", startDaysAgo: 140, durationDays: 30 },
      { template: "tavlemote", state: "DO", startDaysAgo: 18, durationDays: 28 },
    ],
    annotations: [{ weeksAfterStart: 40, text: "Én sykepleier på to avdelinger om natten fra uke {week}", measure: "begrensning" }],
  }),
  team({
    key: "sjovik-hjem", name: "Hjemmetjenesten Sjøvik", microsystem: "ms-sjovik-hjem", organisation: "sjovik", microsystemKind: "HOME_CARE_GROUP",
    size: 70, beds: 70, improving: false, shiftWeeks: 0, joinedWeeks: 6, reportOverdue: true, levelFactor: HOME_CARE_FACTOR,
    contact: "new", members: ["new", "new"],
    cycles: [
      { template: "fottoy", state: "STUDY", startDaysAgo: 28, durationDays: 28 },
      { template: "debrief", state: "PLAN", startDaysAgo: -12, durationDays: 28 },
    ],
    annotations: [{ weeksAfterStart: 40, text: "Ny avdelingsleder" }],
  }),
];

export const NO_COLLABORATIVE: CollaborativeSpec = {
  key: "no",
  language: "nb",
  country: "NO",
  timeZone: "Europe/Oslo",
  name: "Læringsnettverk fallforebygging – Fjellby fylke",
  topic: "Forebygging av fall hos beboere i sykehjem og hjemmeboende med hjemmetjenester (innsatsområde fall)",
  aim: (end) =>
    `Innen ${formatLongDate(end, "nb")} skal fall per 1000 døgn i de deltakende enhetene reduseres med 40 %, fall med skade halveres, og minst 90 % av tjenestemottakerne skal ha fallrisikovurdering og tiltaksplan.`,
  startMonthsAgo: 19,
  lengthMonths: 24,
  secretariat: "demo:secretariatNo",
  drivers: [
    {
      text: "Systematisk kartlegging av fallrisiko",
      secondaries: [
        { text: "Fallrisikovurdering ved innkomst og ved endret tilstand", ideas: [
          { title: "Fallrisikovurdering innen 48 timer", description: "Alle nye beboere og brukere vurderes med et enkelt verktøy innen 48 timer." },
          { title: "Fall som fast punkt på tavlemøtet", description: "Beboere med høy fallrisiko og nye fall gjennomgås på hvert tavlemøte." },
        ] },
        { text: "Legemiddelgjennomgang", ideas: [
          { title: "Legemiddelgjennomgang for beboere med fallrisiko", description: "Sykehjemslegen går gjennom legemidler som øker fallrisikoen." },
        ] },
      ],
    },
    {
      text: "Individuelle fallforebyggende tiltak",
      secondaries: [
        { text: "Styrke- og balansetrening", ideas: [
          { title: "Trim med styrke og balanse to ganger i uka", description: "Enkel gruppetrening ledet av fysioterapeut eller helsefagarbeider." },
        ] },
        { text: "Trygge omgivelser", ideas: [
          { title: "Nattlys og fjerning av snublefeller", description: "Nattlys på rom og bad; løse tepper og ledninger fjernes." },
          { title: "Sjekk av fottøy og hjelpemidler ved hjemmebesøk", description: "Fast sjekkliste for sko, rullator og belysning ved hjemmebesøk." },
          { title: "Sengealarm med sensormatte", description: "Sensormatte varsler personalet når en beboer med høy fallrisiko står opp." },
        ] },
      ],
    },
    {
      text: "Læring etter fall",
      secondaries: [
        { text: "Systematisk gjennomgang etter fall", ideas: [
          { title: "Kort debrief etter hvert fall", description: "Fem minutter etter hvert fall: hva skjedde, hvorfor, hva gjør vi nå?" },
        ] },
        { text: "Involvering av bruker og pårørende", ideas: [
          { title: "Informasjon om fall til pårørende", description: "En brosjyre og en samtale med pårørende ved innkomst." },
        ] },
      ],
    },
  ],
  measures: MEASURES,
  teamMeasures: [{ team: "solbakken", startWeeks: 8, spec: TEAM_MEASURE }],
  teams: TEAMS,
  ...NO_TEXTS,
};

