// The organisations (one Danish region, one Norwegian county) and their clinical microsystems,
// each with one or two dated 5P profile versions. Invented names only.
import { addDays } from "./dates";
import type { DemoData } from "./types";

type OrganisationSpec = {
  key: string;
  name: string;
  kind: "REGION" | "COUNTY" | "HOSPITAL" | "MUNICIPALITY" | "DEPARTMENT";
  country: "DK" | "NO";
  parent?: string;
};

export const ORGANISATIONS: OrganisationSpec[] = [
  { key: "region", name: "Region Nordkyst", kind: "REGION", country: "DK" },
  { key: "vest", name: "Nordkyst Sygehus Vest", kind: "HOSPITAL", country: "DK", parent: "region" },
  { key: "oest", name: "Nordkyst Sygehus Øst", kind: "HOSPITAL", country: "DK", parent: "region" },
  { key: "aadalen", name: "Hospitalsenheden Ådalen", kind: "HOSPITAL", country: "DK", parent: "region" },
  { key: "havbjerg", name: "Havbjerg Kommune", kind: "MUNICIPALITY", country: "DK", parent: "region" },
  { key: "lynge", name: "Lyngå Kommune", kind: "MUNICIPALITY", country: "DK", parent: "region" },
  { key: "dep-med", name: "Medicinsk afdeling", kind: "DEPARTMENT", country: "DK", parent: "vest" },
  { key: "dep-kir", name: "Kirurgisk afdeling", kind: "DEPARTMENT", country: "DK", parent: "vest" },
  { key: "dep-akut", name: "Akutafdelingen", kind: "DEPARTMENT", country: "DK", parent: "vest" },
  { key: "dep-ort", name: "Ortopædkirurgisk afdeling", kind: "DEPARTMENT", country: "DK", parent: "oest" },
  { key: "dep-ger", name: "Geriatrisk afdeling", kind: "DEPARTMENT", country: "DK", parent: "oest" },
  { key: "dep-lunge", name: "Lungemedicinsk afdeling", kind: "DEPARTMENT", country: "DK", parent: "oest" },
  { key: "dep-hjerte", name: "Kardiologisk afdeling", kind: "DEPARTMENT", country: "DK", parent: "aadalen" },
  { key: "dep-neuro", name: "Neurologisk afdeling", kind: "DEPARTMENT", country: "DK", parent: "aadalen" },
  { key: "dep-havbjerg-pleje", name: "Sundhed og Omsorg, Havbjerg", kind: "DEPARTMENT", country: "DK", parent: "havbjerg" },
  { key: "county", name: "Fjellby fylke", kind: "COUNTY", country: "NO" },
  { key: "fjellby", name: "Fjellby kommune", kind: "MUNICIPALITY", country: "NO", parent: "county" },
  { key: "elvdal", name: "Elvdal kommune", kind: "MUNICIPALITY", country: "NO", parent: "county" },
  { key: "sjovik", name: "Sjøvik kommune", kind: "MUNICIPALITY", country: "NO", parent: "county" },
];

type Profile = { purpose: string; patients: string; professionals: string; processes: string; patterns: string };

type MicrosystemSpec = {
  key: string;
  name: string;
  organisation: string;
  kind: "WARD" | "OUTPATIENT_CLINIC" | "NURSING_HOME_UNIT" | "HOME_CARE_GROUP";
  country: "DK" | "NO";
  profile: Profile;
  /** A later version: the fields that changed. */
  revised?: Partial<Profile>;
};

function danishWard(speciality: string, beds: number, weekly: number, patients: string, doctors: string, patterns: string): Profile {
  return {
    purpose: `Vi giver ${speciality} sikker, sammenhængende behandling og pleje, hvor patienten og de pårørende ved, hvem der har overblikket.`,
    patients: `${beds} senge, ca. ${weekly} indlæggelser om ugen. ${patients}`,
    professionals: `${doctors} Sygeplejersker, social- og sundhedsassistenter, fysio- og ergoterapeuter samt lægesekretærer. Fast kontaktperson for forbedringsarbejdet.`,
    processes: "Morgenkonference kl. 8, stuegang om formiddagen, tavlemøde kl. 11.30, udskrivelsessamtale og epikrise. Lægerne går i et rul mellem afsnit, ambulatorium og vagt.",
    patterns,
  };
}

function norwegianUnit(purpose: string, patients: string, professionals: string, processes: string, patterns: string): Profile {
  return { purpose, patients, professionals, processes, patterns };
}

export const MICROSYSTEMS: MicrosystemSpec[] = [
  {
    key: "ms-med", name: "Medicinsk sengeafsnit M2", organisation: "dep-med", kind: "WARD", country: "DK",
    profile: danishWard("medicinske patienter", 26, 35, "Overvejende ældre med flere kroniske sygdomme; mange indlægges akut via akutafdelingen.", "Seks overlæger, fire afdelingslæger og skiftende uddannelseslæger.", "Patienterne møder i gennemsnit fire forskellige læger under en indlæggelse og fortæller ofte deres historie flere gange. Pårørende efterspørger én fast læge at tale med."),
    revised: { patterns: "Efter et år med patientansvarlig læge: navnet står på tavlen ved sengen, og PAL udpeges på morgenkonferencen. Færre lægeskift, men udfordringer ved ferie og kurser." },
  },
  {
    key: "ms-kir", name: "Kirurgisk sengeafsnit K3", organisation: "dep-kir", kind: "WARD", country: "DK",
    profile: danishWard("kirurgiske patienter", 22, 28, "Både planlagte operationer og akutte mavesmerter; korte indlæggelser.", "Kirurgerne er ofte på operationsgangen, så stuegangen varetages af skiftende læger.", "Patienterne ser sjældent den operatør, der opererede dem. Uklart hvem der ejer forløbet ved komplikationer."),
  },
  {
    key: "ms-akut", name: "Akutafsnit AMA1", organisation: "dep-akut", kind: "WARD", country: "DK",
    profile: danishWard("akutte patienter de første op til 48 timer", 30, 40, "Bred sammensætning af medicinske og kirurgiske patienter; høj gennemstrømning.", "Akutlæger i døgndækning med vagtskifte tre gange i døgnet.", "Mange overleveringer på kort tid. PAL-rollen giver mindst mening her og skal tilpasses korte forløb."),
  },
  {
    key: "ms-ort", name: "Ortopædkirurgisk sengeafsnit O1", organisation: "dep-ort", kind: "WARD", country: "DK",
    profile: danishWard("patienter med brud og planlagte ledalloplastikker", 20, 22, "Mange ældre med hoftebrud, som også har medicinske sygdomme.", "Ortopædkirurger og et fast tilknyttet geriatrisk team to dage om ugen.", "Delt ansvar mellem ortopædkirurg og geriater skaber tvivl om, hvem der er patientansvarlig."),
    revised: { patterns: "Ortogeriatrisk PAL-model afprøvet: geriateren er PAL for patienter over 75 år med hoftebrud. Tydeligere ansvar på tavlen." },
  },
  {
    key: "ms-ger", name: "Geriatrisk sengeafsnit G4", organisation: "dep-ger", kind: "WARD", country: "DK",
    profile: danishWard("ældre, skrøbelige patienter", 18, 18, "Gennemsnitsalder over 82 år; mange med demens eller delir og komplekse udskrivelser.", "Fire geriatere og to introduktionslæger; tæt samarbejde med kommunens sygeplejersker.", "Lange indlæggelser og mange pårørendesamtaler. Pårørende vil gerne have én læge at forholde sig til."),
  },
  {
    key: "ms-lunge", name: "Lungemedicinsk sengeafsnit L2", organisation: "dep-lunge", kind: "WARD", country: "DK",
    profile: danishWard("patienter med KOL, lungebetændelse og lungekræft", 20, 20, "Mange genindlæggelser af de samme patienter med KOL i vintermånederne.", "Lungemedicinere, der deler sig mellem sengeafsnit, ambulatorium og bronkoskopi.", "Lægerne kender ofte patienterne fra ambulatoriet, men det er sjældent den samme læge, der ser dem under indlæggelsen."),
  },
  {
    key: "ms-hjerte", name: "Kardiologisk sengeafsnit H1", organisation: "dep-hjerte", kind: "WARD", country: "DK",
    profile: danishWard("hjertepatienter", 24, 30, "Hjertesvigt, atrieflimren og patienter efter blokade; korte og mellemlange indlæggelser.", "Kardiologer med faste dage i sengeafsnittet; hjertesvigtssygeplejersker i ambulatoriet.", "Patienterne flytter mellem intensivt hjerteafsnit og sengeafsnit og skifter læge undervejs."),
    revised: { patterns: "Faste lægeteams på stuegang har givet færre lægeskift. Næste skridt er overlevering ved flytning mellem afsnit." },
  },
  {
    key: "ms-neuro", name: "Neurologisk sengeafsnit N3", organisation: "dep-neuro", kind: "WARD", country: "DK",
    profile: danishWard("patienter med apopleksi og andre neurologiske sygdomme", 18, 16, "Mange med apopleksi i det akutte forløb; en del med epilepsi og sclerose.", "Neurologer i et vagtlag, der dækker to matrikler.", "Travlt vagtlag og mange vikardækkede vagter. Data bliver ikke altid registreret, når kontaktpersonen er væk."),
  },
  {
    key: "ms-lunge-amb", name: "Lungeambulatoriet", organisation: "dep-lunge", kind: "OUTPATIENT_CLINIC", country: "DK",
    profile: {
      purpose: "Opfølgning og behandling af patienter med kronisk lungesygdom, så de kan klare sig godt hjemme.",
      patients: "Ca. 90 besøg om ugen, overvejende patienter med KOL og astma.",
      professionals: "To lungemedicinere, tre sygeplejersker, en fysioterapeut og en sekretær.",
      processes: "Planlagte kontroller, lungefunktionsmåling, telefonkonsultationer og opfølgning efter indlæggelse.",
      patterns: "Ventetid på telefonkonsultationer om mandagen. Patienterne ønsker at se den samme læge hver gang.",
    },
  },
  {
    key: "ms-havbjerg-hjemmepleje", name: "Hjemmeplejen Havbjerg Nord", organisation: "dep-havbjerg-pleje", kind: "HOME_CARE_GROUP", country: "DK",
    profile: {
      purpose: "Vi støtter borgerne i at leve et godt og selvstændigt liv i eget hjem.",
      patients: "Ca. 140 borgere med personlig pleje og sygepleje; mange udskrives fra Nordkyst Sygehus Vest.",
      professionals: "Social- og sundhedshjælpere og -assistenter, sygeplejersker og en terapeut tilknyttet gruppen.",
      processes: "Morgenmøde, kørelister, sygeplejeklinik, opfølgende hjemmebesøg efter udskrivelse.",
      patterns: "Udskrivelser sent på fredage giver travlhed i weekenden; uklart hvem der er patientansvarlig læge på sygehuset.",
    },
  },
  {
    key: "ms-solbakken", name: "Solbakken sykehjem, avdeling 2", organisation: "fjellby", kind: "NURSING_HOME_UNIT", country: "NO",
    profile: norwegianUnit(
      "Vi gir beboerne trygge, aktive dager og forebygger fall og skader.",
      "24 langtidsplasser; de fleste beboerne har demens, og mange bruker rullator.",
      "Sykepleiere, helsefagarbeidere, assistenter, sykehjemslege to dager i uka og fysioterapeut en dag i uka.",
      "Morgenrapport, tavlemøte kl. 11, legevisitt tirsdag og torsdag, vaktskifte kl. 15 og 22.",
      "De fleste fall skjer om kvelden og natten, ofte på vei til toalettet. Fallrisiko kartlegges ikke systematisk.",
    ),
    revised: { patterns: "Fall er fast punkt på tavlemøtet, og alle nye beboere får fallrisikovurdering innen 48 timer. Færre fall om natten etter nattlys på rommene." },
  },
  {
    key: "ms-fjellby-hjem", name: "Hjemmetjenesten Fjellby sentrum", organisation: "fjellby", kind: "HOME_CARE_GROUP", country: "NO",
    profile: norwegianUnit(
      "Vi hjelper hjemmeboende å mestre hverdagen og bo trygt hjemme så lenge de ønsker.",
      "Om lag 60 brukere med hjemmesykepleie, mange over 80 år og mange med flere legemidler.",
      "Sykepleiere, helsefagarbeidere og assistenter; ergoterapeut og fysioterapeut fra kommunens hverdagsrehabilitering.",
      "Morgenmøte, kjørelister, tiltaksplaner i journalen, samarbeid med fastleger.",
      "Fall oppdages ofte først ved neste besøk. Lite kjennskap til brukernes fottøy, belysning og snublefeller i hjemmet.",
    ),
  },
  {
    key: "ms-elvdal-oms", name: "Elvdal omsorgssenter, skjermet enhet", organisation: "elvdal", kind: "NURSING_HOME_UNIT", country: "NO",
    profile: norwegianUnit(
      "En trygg og forutsigbar hverdag for personer med demens.",
      "16 plasser for personer med demens og uro; flere går mye rundt på kveldstid.",
      "Sykepleiere, helsefagarbeidere og miljøterapeut; tilsynslege en dag i uka.",
      "Faste rutiner for måltider og aktivitet, tavlemøte hver formiddag, tverrfaglig møte hver fjortende dag.",
      "Uro og fall øker på kveldstid. Personalet er usikre på bruk av sengehest og alarmer.",
    ),
    revised: { patterns: "Aktivitetstilbud på kveldstid har gitt roligere kvelder og færre fall." },
  },
  {
    key: "ms-elvdal-hjem", name: "Hjemmesykepleien Elvdal nord", organisation: "elvdal", kind: "HOME_CARE_GROUP", country: "NO",
    profile: norwegianUnit(
      "Trygg hjemmesykepleie i en spredt bygd med lange kjøreavstander.",
      "Om lag 45 brukere, mange bor alene og langt fra nærmeste nabo.",
      "Sykepleiere og helsefagarbeidere; mange deltidsstillinger og vikarer om sommeren.",
      "Kjørelister, ukentlig teammøte, trygghetsalarm med responssenter.",
      "Vanskelig å samle teamet; målinger blir ikke registrert i ferier.",
    ),
  },
  {
    key: "ms-sjovik-sh", name: "Sjøvik sykehjem, langtidsavdeling", organisation: "sjovik", kind: "NURSING_HOME_UNIT", country: "NO",
    profile: norwegianUnit(
      "Gode dager og verdig omsorg for beboere med store pleiebehov.",
      "28 langtidsplasser; mange sengeliggende og beboere med høy fallrisiko.",
      "Sykepleiere, helsefagarbeidere og ufaglærte assistenter; lege tre dager i uka.",
      "Morgenrapport, primærkontakt for hver beboer, tavlemøte to ganger i uka.",
      "Travelt om natten med én sykepleier på to avdelinger. Sengehest brukes ofte for å hindre fall.",
    ),
  },
  {
    key: "ms-sjovik-hjem", name: "Hjemmetjenesten Sjøvik", organisation: "sjovik", kind: "HOME_CARE_GROUP", country: "NO",
    profile: norwegianUnit(
      "Hjelp til å bo hjemme med trygghet og mest mulig selvstendighet.",
      "Om lag 70 brukere; mange nylig utskrevet fra sykehus.",
      "Sykepleiere, helsefagarbeidere og fysioterapeut i hverdagsrehabilitering.",
      "Kjørelister, morgenmøte, oppfølgingsbesøk etter utskrivelse.",
      "Mange fall skjer de første ukene etter utskrivelse fra sykehus.",
    ),
  },
];

export type OrganisationIds = { organisation: Map<string, string>; microsystem: Map<string, string> };

/** Writes the organisations, microsystems and 5P profile versions; returns the ids by key. */
export function buildOrganisations(
  data: DemoData,
  newId: () => string,
  firstProfileDate: Record<"DK" | "NO", Date>,
  revisedProfileDate: Record<"DK" | "NO", Date>,
): OrganisationIds {
  const organisation = new Map<string, string>();
  for (const spec of ORGANISATIONS) {
    const id = newId();
    organisation.set(spec.key, id);
    data.organisation.push({
      id,
      name: spec.name,
      kind: spec.kind,
      country: spec.country,
      parentId: spec.parent ? organisation.get(spec.parent)! : null,
      createdAt: addDays(firstProfileDate[spec.country], -30),
    });
  }
  const microsystem = new Map<string, string>();
  for (const spec of MICROSYSTEMS) {
    const id = newId();
    microsystem.set(spec.key, id);
    const createdAt = addDays(firstProfileDate[spec.country], -7);
    data.microsystem.push({ id, organisationId: organisation.get(spec.organisation)!, name: spec.name, kind: spec.kind, createdAt });
    data.microsystemProfile.push({ id: newId(), microsystemId: id, ...spec.profile, createdAt: firstProfileDate[spec.country] });
    if (spec.revised) {
      data.microsystemProfile.push({
        id: newId(),
        microsystemId: id,
        ...spec.profile,
        ...spec.revised,
        createdAt: revisedProfileDate[spec.country],
      });
    }
  }
  return { organisation, microsystem };
}
