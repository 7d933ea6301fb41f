// The large region's organisations (a region → four hospitals and ten municipalities → their
// departments) and one clinical microsystem per team: hospital wards for the two hospital
// collaboratives, nursing-home units and home-care groups for the municipal one. Invented names.
import type { Rng } from "../seed/random";
import type { DemoData } from "../seed/types";

const HOSPITALS = ["Vesterhav Sygehus Nord", "Vesterhav Sygehus Vest", "Vesterhav Sygehus Syd", "Vesterhav Sygehus Øst"];
const SPECIALITIES = [
  { department: "Medicinsk afdeling", ward: "M" },
  { department: "Kirurgisk afdeling", ward: "K" },
  { department: "Ortopædkirurgisk afdeling", ward: "O" },
  { department: "Geriatrisk afdeling", ward: "G" },
  { department: "Lungemedicinsk afdeling", ward: "L" },
  { department: "Kardiologisk afdeling", ward: "H" },
  { department: "Neurologisk afdeling", ward: "N" },
  { department: "Nefrologisk afdeling", ward: "R" },
  { department: "Infektionsmedicinsk afdeling", ward: "I" },
  { department: "Akutafdelingen", ward: "A" },
];
const MUNICIPALITIES = ["Klitby", "Strandvig", "Hedelund", "Fjordholm", "Sandager", "Vejrø", "Mosegård", "Lyngbjerg", "Havnsø", "Engtved"];

export type MicrosystemPlan = {
  id: string;
  name: string;
  kind: "WARD" | "NURSING_HOME_UNIT" | "HOME_CARE_GROUP";
  /** Weekly admissions (wards) or new citizens (municipal units). */
  size: number;
  /** Beds, places or citizens served: drives bed days. */
  beds: number;
};

export type Region = {
  regionId: string;
  /** Wards for the two hospital collaboratives (first half, second half) and municipal units. */
  hospitalUnits: MicrosystemPlan[];
  municipalUnits: MicrosystemPlan[];
};

/** Adds the organisations, microsystems and their 5P profiles; `wards` and `municipalUnits` are how many of each. */
export function buildRegion(data: DemoData, newId: () => string, rng: Rng, counts: { wards: number; municipalUnits: number }, createdAt: Date): Region {
  const regionId = newId();
  data.organisation.push({ id: regionId, name: "Region Vesterhav", kind: "REGION", country: "DK", createdAt });
  const hospitalDepartments: { id: string; ward: string; hospital: number }[] = [];
  HOSPITALS.forEach((hospital, h) => {
    const hospitalId = newId();
    data.organisation.push({ id: hospitalId, name: hospital, kind: "HOSPITAL", country: "DK", parentId: regionId, createdAt });
    for (const speciality of SPECIALITIES) {
      const id = newId();
      data.organisation.push({ id, name: speciality.department, kind: "DEPARTMENT", country: "DK", parentId: hospitalId, createdAt });
      hospitalDepartments.push({ id, ward: speciality.ward, hospital: h + 1 });
    }
  });
  const municipalDepartments: { id: string; municipality: string; homeCare: boolean }[] = [];
  for (const municipality of MUNICIPALITIES) {
    const municipalityId = newId();
    data.organisation.push({ id: municipalityId, name: `${municipality} Kommune`, kind: "MUNICIPALITY", country: "DK", parentId: regionId, createdAt });
    for (const homeCare of [false, true]) {
      const id = newId();
      data.organisation.push({ id, name: homeCare ? `Hjemmeplejen, ${municipality}` : `Plejecentre, ${municipality}`, kind: "DEPARTMENT", country: "DK", parentId: municipalityId, createdAt });
      municipalDepartments.push({ id, municipality, homeCare });
    }
  }

  const addMicrosystem = (organisationId: string, plan: Omit<MicrosystemPlan, "id">, profile: { purpose: string; patients: string }) => {
    const id = newId();
    data.microsystem.push({ id, organisationId, name: plan.name, kind: plan.kind, createdAt });
    data.microsystemProfile.push({
      id: newId(),
      microsystemId: id,
      ...profile,
      professionals: "Sygeplejersker, social- og sundhedsassistenter, terapeuter og en fast kontaktperson for forbedringsarbejdet.",
      processes: "Tavlemøde hver formiddag, ugentlig gennemgang af målingerne og en månedlig status til ledelsen.",
      patterns: "Travle uger med mange nye ankomster giver huller i registreringen; vikarer kender ikke altid arbejdsgangene.",
      createdAt,
    });
    return { id, ...plan };
  };

  const hospitalUnits: MicrosystemPlan[] = [];
  for (let i = 0; i < counts.wards; i++) {
    const department = hospitalDepartments[i % hospitalDepartments.length];
    const number = Math.floor(i / hospitalDepartments.length) + 1;
    const beds = rng.int(16, 30);
    const name = `Sengeafsnit ${department.ward}${department.hospital}${number}`;
    hospitalUnits.push(
      addMicrosystem(department.id, { name, kind: "WARD", size: Math.round(beds * rng.int(10, 16) / 10), beds }, {
        purpose: "Sikker pleje og behandling uden fald, tryksår og medicineringsfejl.",
        patients: `${beds} senge; overvejende ældre patienter med flere sygdomme.`,
      }),
    );
  }
  const municipalUnits: MicrosystemPlan[] = [];
  for (let i = 0; i < counts.municipalUnits; i++) {
    const department = municipalDepartments[i % municipalDepartments.length];
    const number = Math.floor(i / municipalDepartments.length) + 1;
    const homeCare = department.homeCare;
    const beds = homeCare ? rng.int(40, 80) : rng.int(10, 22);
    const name = homeCare ? `Hjemmeplejen ${department.municipality}, gruppe ${number}` : `Plejecenter ${department.municipality}, afsnit ${number}`;
    municipalUnits.push(
      addMicrosystem(department.id, { name, kind: homeCare ? "HOME_CARE_GROUP" : "NURSING_HOME_UNIT", size: homeCare ? rng.int(6, 12) : rng.int(3, 7), beds }, {
        purpose: "Tryghed og sikkerhed i hverdagen for borgere med pleje- og omsorgsbehov.",
        patients: homeCare ? `${beds} borgere med hjemmepleje.` : `${beds} pladser; borgere med demens og flere kroniske sygdomme.`,
      }),
    );
  }
  return { regionId, hospitalUnits, municipalUnits };
}
