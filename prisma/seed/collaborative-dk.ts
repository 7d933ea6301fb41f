// The Danish demo collaborative: a regional forbedringsfællesskab on the named responsible doctor
// (patientansvarlig læge, PAL) with eight clinical departments, after IHI's Breakthrough Series.
// Texts for cycles, reports and seminars are in texts-dk.ts.
import { formatLongDate } from "./dates";
import { DK_TEXTS } from "./texts-dk";
import type { CollaborativeSpec, MeasureSpec, TeamSpec } from "./types";

const MEASURES: MeasureSpec[] = [
  {
    key: "pal-kender",
    name: "Patienter, der kan nævne deres patientansvarlige læge",
    type: "OUTCOME",
    compassPoint: "SATISFACTION",
    operationalDefinition:
      "Hver onsdag spørger en sygeplejerske, der ikke passer patienten, op til 12 indlagte patienter (indlagt mindst to døgn, vågne og orienterede): \"Hvem er din patientansvarlige læge?\". Svaret tæller som korrekt, når navnet svarer til PAL i journalen.",
    numeratorDefinition: "Antal adspurgte patienter, der korrekt nævner navnet på deres patientansvarlige læge",
    denominatorDefinition: "Antal adspurgte patienter",
    kind: "PROPORTION",
    multiplier: 100,
    unit: "%",
    frequency: "WEEKLY",
    direction: "UP",
    goal: 80,
    defaultChart: "P",
    sim: { denominator: "survey", base: 0.3, improved: 0.76, effect: "strong", spread: 0.15 },
  },
  {
    key: "pal-24t",
    name: "Patientansvarlig læge udpeget inden 24 timer",
    type: "PROCESS",
    compassPoint: "CLINICAL",
    operationalDefinition:
      "Alle indlæggelser i ugen (mandag til søndag) med forventet indlæggelsestid over 48 timer. Udpegning tæller, når PAL er noteret med navn i journalen senest 24 timer efter indlæggelsestidspunktet.",
    numeratorDefinition: "Antal indlæggelser med PAL noteret i journalen inden 24 timer",
    denominatorDefinition: "Antal indlæggelser i ugen med forventet indlæggelsestid over 48 timer",
    kind: "PROPORTION",
    multiplier: 100,
    unit: "%",
    frequency: "WEEKLY",
    direction: "UP",
    goal: 90,
    defaultChart: "P",
    sim: { denominator: "admissions", base: 0.45, improved: 0.88, effect: "strong", spread: 0.12 },
  },
  {
    key: "uth-overgang",
    name: "Utilsigtede hændelser ved overlevering",
    type: "BALANCING",
    compassPoint: "CLINICAL",
    operationalDefinition:
      "Utilsigtede hændelser rapporteret i ugen, hvor hændelsesbeskrivelsen nævner overlevering mellem læger, vagtskifte eller flytning mellem afsnit. Opgøres af afdelingens risikomanager.",
    numeratorDefinition: "Antal rapporterede utilsigtede hændelser ved overlevering",
    denominatorDefinition: "Antal liggedøgn i ugen",
    kind: "RATE",
    multiplier: 1000,
    unit: "pr. 1000 liggedøgn",
    frequency: "WEEKLY",
    direction: "DOWN",
    goal: null,
    defaultChart: "U",
    sim: { denominator: "bedDays", base: 10, improved: 10, effect: "none", spread: 0.15 },
  },
  {
    key: "genindlaeggelser",
    name: "Akutte genindlæggelser inden 30 dage",
    type: "OUTCOME",
    compassPoint: "CLINICAL",
    operationalDefinition:
      "Udskrivelser i måneden, hvor patienten genindlægges akut (uanset afdeling i regionen) inden 30 dage. Trækkes fra regionens ledelsesinformation den 5. i den følgende måned plus 30 dage.",
    numeratorDefinition: "Antal udskrivelser fulgt af akut genindlæggelse inden 30 dage",
    denominatorDefinition: "Antal udskrivelser i måneden",
    kind: "PROPORTION",
    multiplier: 100,
    unit: "%",
    frequency: "MONTHLY",
    direction: "DOWN",
    goal: 10,
    defaultChart: "P",
    sim: { denominator: "discharges", base: 0.13, improved: 0.11, effect: "weak", spread: 0.15 },
  },
  {
    key: "klager",
    name: "Klager over information og kommunikation",
    type: "OUTCOME",
    compassPoint: "SATISFACTION",
    operationalDefinition: "Skriftlige klager og henvendelser fra patienter eller pårørende i måneden, der handler om manglende information eller skiftende læger.",
    numeratorDefinition: "Antal klager i måneden",
    denominatorDefinition: "",
    kind: "COUNT",
    multiplier: 1,
    unit: "klager",
    frequency: "MONTHLY",
    direction: "DOWN",
    goal: null,
    defaultChart: "C",
    sim: { denominator: "none", base: 2.2, improved: 1, effect: "weak", spread: 0.25 },
  },
  {
    key: "ekstravagter",
    name: "Ekstravagter i lægegruppen",
    type: "BALANCING",
    compassPoint: "COSTS",
    operationalDefinition: "Antal ekstra vagter og tilkaldevagter for læger i måneden ifølge vagtplanen, uanset årsag. Skal vise, om PAL-kontinuitet presser vagtplanen.",
    numeratorDefinition: "Antal ekstravagter i måneden",
    denominatorDefinition: "",
    kind: "COUNT",
    multiplier: 1,
    unit: "vagter",
    frequency: "MONTHLY",
    direction: "DOWN",
    goal: null,
    defaultChart: "C",
    sim: { denominator: "none", base: 6, improved: 6, effect: "none", spread: 0.25 },
  },
];

const TEAM_MEASURE: MeasureSpec = {
  key: "pal-tavle",
  name: "Patienter med PAL-navn på tavlen ved sengen",
  type: "PROCESS",
  compassPoint: "SATISFACTION",
  operationalDefinition: "Hver onsdag kl. 12 går afdelingssygeplejersken stuerne igennem og tæller de indlagte patienter, der har PAL-navnet på tavlen ved sengen.",
  numeratorDefinition: "Antal indlagte patienter med PAL-navn på tavlen ved sengen",
  denominatorDefinition: "Antal indlagte patienter ved optællingen",
  kind: "PROPORTION",
  multiplier: 100,
  unit: "%",
  frequency: "WEEKLY",
  direction: "UP",
  goal: 95,
  defaultChart: "RUN",
  sim: { denominator: "residents", base: 0.2, improved: 0.9, effect: "strong", spread: 0 },
};

const PAL_AIM = "Inden {end} kan mindst 80 % af de adspurgte patienter på {unit} nævne deres patientansvarlige læge (baseline ca. 30 %), og mindst 90 % af indlæggelserne får udpeget PAL inden 24 timer.";

function team(spec: Omit<TeamSpec, "aim" | "microsystemKind"> & { aim?: string }): TeamSpec {
  return { microsystemKind: "WARD", aim: spec.aim ?? PAL_AIM, ...spec } as TeamSpec;
}

const TEAMS: TeamSpec[] = [
  team({
    key: "med", name: "Medicinsk afdeling", microsystem: "ms-med", organisation: "dep-med", size: 35, beds: 26,
    improving: true, shiftWeeks: 26, joinedWeeks: 0,
    contact: "demo:contact", members: ["demo:member", "new"], patientRepresentative: "demo:patientRep",
    aim: "Inden {end} kan mindst 80 % af de adspurgte patienter på {unit} nævne deres patientansvarlige læge (baseline 28 %), og mindst 90 % får udpeget PAL inden 24 timer (baseline 45 %).",
    cycles: [
      { template: "morgenkonference", state: "DONE", decision: "ADOPT", startDaysAgo: 480, durationDays: 21 },
      { template: "journalfelt", state: "ABANDONED", startDaysAgo: 300, durationDays: 20 },
      { template: "tavle-1", state: "DONE", decision: "ADAPT", startDaysAgo: 200, durationDays: 2, ramp: "tavle" },
      { template: "tavle-2", state: "DONE", decision: "ADAPT", startDaysAgo: 170, durationDays: 3, ramp: "tavle" },
      { template: "tavle-3", state: "DONE", decision: "ADAPT", startDaysAgo: 80, durationDays: 9, ramp: "tavle" },
      { template: "tavle-4", state: "DO", startDaysAgo: 12, durationDays: 28, ramp: "tavle" },
      { template: "overlevering", state: "ACT", startDaysAgo: 45, durationDays: 14 },
      { template: "pal-samtale", state: "STUDY", startDaysAgo: 30, durationDays: 14 },
      { template: "paaroerende", state: "PLAN", startDaysAgo: -6, durationDays: 14 },
    ],
    annotations: [
      { weeksAfterStart: 8, text: "Kick-off på afsnittet: alle læger kender PAL-definitionen" },
      { weeksAfterStart: 25, text: "PAL udpeges fast på morgenkonferencen fra uge {week}", measure: "pal-24t" },
      { weeksAfterStart: 56, text: "Ny tjekliste til tavlemødet fra uge {week}", measure: "pal-kender" },
      { weeksAfterStart: 70, text: "Magnet-etiket med PAL-navn fra uge {week}", measure: "pal-tavle" },
      { weeksAfterStart: 72, text: "To nye overlæger startet" },
    ],
  }),
  team({
    key: "kir", name: "Kirurgisk afdeling", microsystem: "ms-kir", organisation: "dep-kir", size: 28, beds: 22,
    improving: false, shiftWeeks: 0, joinedWeeks: 0, contact: "new", members: ["new", "new"],
    cycles: [
      { template: "morgenkonference", state: "DONE", decision: "ADAPT", startDaysAgo: 250, durationDays: 14 },
      { template: "visitkort", state: "ABANDONED", startDaysAgo: 120, durationDays: 10 },
      { template: "overlevering", state: "PLAN", startDaysAgo: -10, durationDays: 14 },
    ],
    annotations: [{ weeksAfterStart: 40, text: "Omlægning af operationsprogrammet; færre læger på stuegang" }],
  }),
  team({
    key: "akut", name: "Akutafdelingen", microsystem: "ms-akut", organisation: "dep-akut", size: 40, beds: 30,
    improving: false, shiftWeeks: 0, joinedWeeks: 4, contact: "new", members: ["new", "new"],
    aim: "Inden {end} har mindst 90 % af patienterne på {unit}, der bliver over 24 timer, en navngiven ansvarlig læge noteret i journalen (baseline ca. 40 %).",
    cycles: [
      { template: "journalfelt", state: "ABANDONED", startDaysAgo: 200, durationDays: 15, abandonReason: "Journalsystemet kan ikke få et nyt felt før den næste opgradering; vi bruger i stedet feltet for behandlingsansvarlig læge." },
      { template: "overlevering", state: "DO", startDaysAgo: 20, durationDays: 21 },
    ],
    annotations: [{ weeksAfterStart: 30, text: "Nyt vagtskema med tre vagtskifter i døgnet" }],
  }),
  team({
    key: "ort", name: "Ortopædkirurgisk afdeling", microsystem: "ms-ort", organisation: "dep-ort", size: 22, beds: 20,
    improving: true, shiftWeeks: 28, joinedWeeks: 0, contact: "new", members: ["new", "new"],
    cycles: [
      { template: "morgenkonference", state: "DONE", decision: "ADOPT", startDaysAgo: 420, durationDays: 21 },
      { template: "faste-teams", state: "DONE", decision: "ADOPT", startDaysAgo: 300, durationDays: 28 },
      { template: "pal-samtale", state: "DONE", decision: "ADAPT", startDaysAgo: 100, durationDays: 21 },
      { template: "paaroerende", state: "STUDY", startDaysAgo: 25, durationDays: 14 },
    ],
    annotations: [{ weeksAfterStart: 28, text: "Geriater er PAL for hoftebrudspatienter over 75 år fra uge {week}", measure: "pal-kender" }],
  }),
  team({
    key: "ger", name: "Geriatrisk afdeling", microsystem: "ms-ger", organisation: "dep-ger", size: 18, beds: 18,
    improving: true, shiftWeeks: 22, joinedWeeks: 0, contact: "new", members: ["new", "new"], patientRepresentative: "new",
    cycles: [
      { template: "morgenkonference", state: "DONE", decision: "ADOPT", startDaysAgo: 500, durationDays: 14 },
      { template: "paaroerende", state: "DONE", decision: "ADOPT", startDaysAgo: 350, durationDays: 28 },
      { template: "pal-samtale", state: "DONE", decision: "ADOPT", startDaysAgo: 75, durationDays: 14 },
      { template: "overlevering", state: "DO", startDaysAgo: 10, durationDays: 21 },
    ],
    annotations: [
      { weeksAfterStart: 22, text: "PAL-navn på stuetavlen for alle patienter fra uge {week}", measure: "pal-kender" },
      { weeksAfterStart: 60, text: "Patientrepræsentant med på tavlemødet hver 14. dag" },
    ],
  }),
  team({
    key: "lunge", name: "Lungemedicinsk afdeling", microsystem: "ms-lunge", organisation: "dep-lunge", size: 20, beds: 20,
    improving: false, shiftWeeks: 0, joinedWeeks: 0, missingRecentWeeks: 2, contact: "new", members: ["new", "new"],
    cycles: [
      { template: "faste-teams", state: "DONE", decision: "ADAPT", startDaysAgo: 260, durationDays: 21, ramp: "lunge" },
      { template: "faste-teams", state: "ACT", startDaysAgo: 50, durationDays: 28, ramp: "lunge", scale: "hele afsnittet i fire uger" },
    ],
    annotations: [{ weeksAfterStart: 50, text: "Influenzasæson: mange overflytninger fra andre afsnit" }],
  }),
  team({
    key: "hjerte", name: "Kardiologisk afdeling", microsystem: "ms-hjerte", organisation: "dep-hjerte", size: 30, beds: 24,
    improving: true, shiftWeeks: 30, joinedWeeks: 0, contact: "new", members: ["new", "new"],
    cycles: [
      { template: "faste-teams", state: "DONE", decision: "ADOPT", startDaysAgo: 400, durationDays: 28 },
      { template: "morgenkonference", state: "DONE", decision: "ADOPT", startDaysAgo: 330, durationDays: 14 },
      { template: "overlevering", state: "DONE", decision: "ADAPT", startDaysAgo: 60, durationDays: 21, ramp: "hjerte" },
      { template: "overlevering", state: "DO", startDaysAgo: 15, durationDays: 21, ramp: "hjerte", scale: "alle flytninger fra intensivt hjerteafsnit i to uger" },
    ],
    annotations: [{ weeksAfterStart: 30, text: "Faste lægeteams på stuegang fra uge {week}", measure: "pal-24t" }],
  }),
  team({
    key: "neuro", name: "Neurologisk afdeling", microsystem: "ms-neuro", organisation: "dep-neuro", size: 16, beds: 18,
    improving: false, shiftWeeks: 0, joinedWeeks: 0, gaps: "scattered", missingRecentWeeks: 5, reportOverdue: true,
    contact: "new", members: ["new"],
    cycles: [
      { template: "visitkort", state: "DONE", decision: "ABANDON", startDaysAgo: 220, durationDays: 14 },
      { template: "morgenkonference", state: "PLAN", startDaysAgo: -3, durationDays: 14 },
    ],
    annotations: [{ weeksAfterStart: 45, text: "Kontaktperson på orlov; målinger mangler i perioder" }],
  }),
];

export const DK_COLLABORATIVE: CollaborativeSpec = {
  key: "dk",
  language: "da",
  country: "DK",
  timeZone: "Europe/Copenhagen",
  name: "Fast ansvarlig læge – forbedringsfællesskab i Region Nordkyst",
  topic: "Patientansvarlig læge: én navngiven læge, der har det overordnede ansvar for og overblik over patientens forløb på sygehuset",
  aim: (end) =>
    `Inden ${formatLongDate(end, "da")} kan mindst 80 % af patienterne på de deltagende afdelinger nævne deres patientansvarlige læge, og mindst 90 % af indlæggelserne får udpeget en patientansvarlig læge inden 24 timer.`,
  startMonthsAgo: 22,
  lengthMonths: 29,
  secretariat: "demo:secretariat",
  drivers: [
    {
      text: "Klar rolle og ansvar for den patientansvarlige læge",
      secondaries: [
        { text: "Entydig udpegning ved indlæggelsen", ideas: [
          { title: "PAL udpeges på morgenkonferencen", description: "Den vagthavende overlæge fordeler nyindlagte patienter, og PAL noteres straks." },
          { title: "Fast felt i journalen til PAL", description: "Et synligt felt i journalen, så alle kan se, hvem der er PAL." },
        ] },
        { text: "Fælles forståelse af PAL-rollen i lægegruppen", ideas: [
          { title: "Rollebeskrivelse drøftet på afdelingsmødet", description: "En side om, hvad PAL gør og ikke gør, vedtaget i lægegruppen." },
        ] },
      ],
    },
    {
      text: "Kontinuitet i lægedækningen",
      secondaries: [
        { text: "Vagtplan og stuegang der understøtter kontinuitet", ideas: [
          { title: "Stuegang i faste lægeteams", description: "Lægerne går stuegang i faste teams på samme stuer i mindst en uge ad gangen." },
        ] },
        { text: "Overlevering ved fravær", ideas: [
          { title: "Struktureret overlevering til stedfortræder", description: "Når PAL er væk, overleveres til en navngiven stedfortræder efter en fast skabelon." },
        ] },
      ],
    },
    {
      text: "Patienten og de pårørende ved, hvem lægen er",
      secondaries: [
        { text: "Synlighed af navnet", ideas: [
          { title: "PAL-navn på tavlen ved sengen", description: "PAL-navn og foto skrives på whiteboardet ved patientens seng." },
          { title: "Visitkort med PAL-navn og foto", description: "Patienten får et kort med lægens navn, foto og telefonnummer til afdelingen." },
        ] },
        { text: "Samtaler med PAL", ideas: [
          { title: "Planlagt PAL-samtale inden 48 timer", description: "PAL præsenterer sig og planen for forløbet senest 48 timer efter indlæggelsen." },
          { title: "Pårørendesamtale med PAL før udskrivelse", description: "Tilbud om en samtale med PAL og de pårørende inden udskrivelsen." },
        ] },
      ],
    },
  ],
  measures: MEASURES,
  // Counted from week 40; improves with the ramp "PAL-navn på tavlen" (about weeks 70 and 84).
  teamMeasures: [{ team: "med", startWeeks: 40, spec: TEAM_MEASURE, steps: [{ atWeeks: 70, weight: 0.5 }, { atWeeks: 84, weight: 0.5 }] }],
  teams: TEAMS,
  ...DK_TEXTS,
};
