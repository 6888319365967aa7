//! Types of the API's schemas, parameters, responses and errors.

/// An agent's credentials.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SignInRequest {
    /// The agent's email.
    pub email: String,
    /// The agent's password.
    pub password: String,
}

/// Body of a successful sign-in.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SignInResponse {
    pub data: SignedInAgent,
}

/// The signed-in agent, as devise_token_auth returns it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SignedInAgent {
    pub id: i64,
    pub email: String,
    /// Identifier to send in the `uid` header; equal to the email.
    pub uid: String,
    /// Authentication provider, `email`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// The agent's role, e.g. `admin`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The agent's service.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_id: Option<i64>,
    /// Deletion time, `null` for an active agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_original: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub allow_password_change: Option<bool>,
}

/// Pagination information of a list.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Meta {
    /// The page returned, from 1.
    pub current_page: i32,
    /// The next page, `null` on the last page.
    #[serde(default)]
    pub next_page: Option<i32>,
    /// The previous page, `null` on the first page.
    #[serde(default)]
    pub prev_page: Option<i32>,
    /// Number of items over all pages.
    pub total_count: i64,
    /// Number of pages (0 for an empty list).
    pub total_pages: i32,
}

/// An agent (agent·e).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Agent {
    pub id: i64,
    pub email: String,
    #[serde(default)]
    pub first_name: Option<String>,
    #[serde(default)]
    pub last_name: Option<String>,
    /// The agent's subject identifier at Inclusion Connect, when they use it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub inclusion_connect_open_id_sub: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AgentList {
    pub agents: Vec<Agent>,
    pub meta: Meta,
}

/// An organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Organisation {
    pub id: i64,
    #[serde(default)]
    pub email: Option<String>,
    pub name: String,
    #[serde(default)]
    pub phone_number: Option<String>,
    /// The product line (verticale) the organisation belongs to, e.g. `rdv_solidarites`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verticale: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganisationEnvelope {
    pub organisation: Organisation,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct OrganisationList {
    pub organisations: Vec<Organisation>,
    pub meta: Meta,
}

/// Fields of an organisation to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateOrganisationRequest {
    /// Name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Contact email.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
}

/// An agent's absence.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Absence {
    pub id: i64,
    pub title: String,
    /// First day of the absence.
    pub first_day: chrono::NaiveDate,
    /// Start time on the first day, `HH:MM:SS`.
    pub start_time: String,
    /// Last day of the absence.
    pub end_day: chrono::NaiveDate,
    /// End time on the last day, `HH:MM:SS`.
    pub end_time: String,
    /// The absent agent.
    #[serde(default)]
    pub agent: Option<Agent>,
    /// UID of the absence in its iCal form.
    pub ical_uid: String,
    /// The absence as an iCalendar (`text/calendar`) document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ical: Option<String>,
    /// Recurrence rule (iCal RRULE) of a recurring absence, `null` otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rrule: Option<String>,
    /// Organisation of the absence (older server versions).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation: Option<Organisation>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AbsenceEnvelope {
    pub absence: Absence,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AbsenceList {
    pub absences: Vec<Absence>,
    pub meta: Meta,
}

/// A new absence. Give the agent by `agent_id` or, when `agent_id` is left out, by
/// `agent_email`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateAbsenceRequest {
    /// Identifier of the absent agent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_id: Option<i64>,
    /// Email of the absent agent, used when `agent_id` is left out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_email: Option<String>,
    /// Title of the absence.
    pub title: String,
    /// First day (DATE, `YYYY-MM-DD`).
    pub first_day: chrono::NaiveDate,
    pub start_time: Time,
    /// Last day (DATE, `YYYY-MM-DD`).
    pub end_day: chrono::NaiveDate,
    pub end_time: Time,
}

/// Fields of an absence to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateAbsenceRequest {
    /// Title of the absence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// First day (DATE, `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_day: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<Time>,
    /// Last day (DATE, `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_day: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<Time>,
}

/// A time of day in the API's TIME format, `H:m[:s]`, e.g. `10:30`.
pub type Time = String;
/// Category of a motif.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MotifCategory {
    pub id: i64,
    pub name: String,
    pub short_name: String,
}

/// The reason (motif) of an RDV.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Motif {
    pub id: i64,
    pub name: String,
    pub organisation_id: i64,
    pub service_id: i64,
    /// Where the RDV takes place.
    pub location_type: MotifLocationType,
    /// Whether users can book this motif online.
    pub bookable_publicly: bool,
    /// Who can book this motif.
    pub bookable_by: MotifBookableBy,
    /// Whether RDVs of this motif are collective (several users).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub collectif: Option<bool>,
    /// Whether this is a follow-up motif (RDV with the user's referent).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<bool>,
    /// Instructions given to the user for the RDV.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instruction_for_rdv: Option<String>,
    /// Deletion time (`YYYY-MM-DD HH:MM:SS +ZZZZ`), `null` for an active motif.
    #[serde(default)]
    pub deleted_at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub motif_category: Option<MotifCategory>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MotifList {
    pub motifs: Vec<Motif>,
    pub meta: Meta,
}

/// The place (lieu) of an RDV.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Lieu {
    pub id: i64,
    pub name: String,
    pub address: String,
    pub organisation_id: i64,
    #[serde(default)]
    pub phone_number: Option<String>,
    /// Whether the place was created for a single RDV.
    pub single_use: bool,
}

/// Status of an RDV or of one participation: `unknown` (upcoming or not yet filled in),
/// `seen`, `excused` (cancelled by the user), `revoked` (cancelled by the service),
/// `noshow`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RdvStatus {
    /// `unknown`
    Unknown,
    /// `seen`
    Seen,
    /// `excused`
    Excused,
    /// `revoked`
    Revoked,
    /// `noshow`
    NoShow,
    /// A value this version of the client does not know, kept as sent.
    Other(String),
}

impl RdvStatus {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Seen => "seen",
            Self::Excused => "excused",
            Self::Revoked => "revoked",
            Self::NoShow => "noshow",
            Self::Other(value) => value,
        }
    }
}

impl std::fmt::Display for RdvStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for RdvStatus {
    fn from(value: String) -> Self {
        match value.as_str() {
            "unknown" => Self::Unknown,
            "seen" => Self::Seen,
            "excused" => Self::Excused,
            "revoked" => Self::Revoked,
            "noshow" => Self::NoShow,
            _ => Self::Other(value),
        }
    }
}

impl serde::Serialize for RdvStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for RdvStatus {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Deprecated in favour of `created_by_type`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatedBy {
    /// `agent`
    Agent,
    /// `user`
    User,
    /// `file_attente`
    FileAttente,
    /// `prescripteur`
    Prescripteur,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CreatedBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "agent",
            Self::User => "user",
            Self::FileAttente => "file_attente",
            Self::Prescripteur => "prescripteur",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CreatedBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CreatedBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "agent" => Self::Agent,
            "user" => Self::User,
            "file_attente" => Self::FileAttente,
            "prescripteur" => Self::Prescripteur,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CreatedBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreatedBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Kind of author of an RDV or participation (`FileAttente` only for RDVs).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CreatedByType {
    /// `Agent`
    Agent,
    /// `User`
    User,
    /// `FileAttente`
    FileAttente,
    /// `Prescripteur`
    Prescripteur,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CreatedByType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "Agent",
            Self::User => "User",
            Self::FileAttente => "FileAttente",
            Self::Prescripteur => "Prescripteur",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CreatedByType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CreatedByType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "Agent" => Self::Agent,
            "User" => Self::User,
            "FileAttente" => Self::FileAttente,
            "Prescripteur" => Self::Prescripteur,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CreatedByType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CreatedByType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// An appointment (rendez-vous). `status` is the RDV's overall status; each participant has
/// their own status in `participations`, which should be preferred (for a `collectif` RDV
/// they may differ). `users_count` is the live number of participants, not counting the
/// `revoked` and `excused` ones.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Rdv {
    pub id: i64,
    pub uuid: uuid::Uuid,
    /// Start, `YYYY-MM-DD HH:MM:SS +ZZZZ`.
    pub starts_at: String,
    /// End, `YYYY-MM-DD HH:MM:SS +ZZZZ`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ends_at: Option<String>,
    pub duration_in_min: i32,
    pub status: RdvStatus,
    /// Cancellation time (`YYYY-MM-DD HH:MM:SS +ZZZZ`), `null` if not cancelled.
    #[serde(default)]
    pub cancelled_at: Option<String>,
    /// Address of the RDV.
    pub address: String,
    /// Whether the RDV is collective (several users).
    pub collectif: bool,
    /// Free-text context given by the agent.
    #[serde(default)]
    pub context: Option<String>,
    /// Name of a collective RDV.
    #[serde(default)]
    pub name: Option<String>,
    /// Maximum number of participants of a collective RDV.
    #[serde(default)]
    pub max_participants_count: Option<i32>,
    /// Live number of participants, excluding `revoked` and `excused`.
    pub users_count: i32,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<CreatedBy>,
    pub created_by_type: CreatedByType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_id: Option<i64>,
    pub agents: Vec<Agent>,
    /// Place of the RDV; `null` for phone or home RDVs.
    #[serde(default)]
    pub lieu: Option<Lieu>,
    pub motif: Motif,
    pub organisation: Organisation,
    pub participations: Vec<Participation>,
    pub users: Vec<User>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct RdvList {
    pub rdvs: Vec<Rdv>,
    pub meta: Meta,
}

/// A user's participation in an RDV, with its own status.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Participation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<i64>,
    pub status: RdvStatus,
    pub user: User,
    pub send_lifecycle_notifications: bool,
    pub send_reminder_notification: bool,
    /// Deprecated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by: Option<CreatedBy>,
    pub created_by_type: CreatedByType,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_id: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_by_agent_prescripteur: Option<bool>,
}

/// Benefits office (caisse d'affiliation).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum CaisseAffiliation {
    /// `aucun`
    Aucun,
    /// `caf`
    Caf,
    /// `msa`
    Msa,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl CaisseAffiliation {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Aucun => "aucun",
            Self::Caf => "caf",
            Self::Msa => "msa",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for CaisseAffiliation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for CaisseAffiliation {
    fn from(value: String) -> Self {
        match value.as_str() {
            "aucun" => Self::Aucun,
            "caf" => Self::Caf,
            "msa" => Self::Msa,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for CaisseAffiliation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for CaisseAffiliation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Family situation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum FamilySituation {
    /// `single`
    Single,
    /// `in_a_relationship`
    InARelationship,
    /// `divorced`
    Divorced,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl FamilySituation {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Single => "single",
            Self::InARelationship => "in_a_relationship",
            Self::Divorced => "divorced",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for FamilySituation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for FamilySituation {
    fn from(value: String) -> Self {
        match value.as_str() {
            "single" => Self::Single,
            "in_a_relationship" => Self::InARelationship,
            "divorced" => Self::Divorced,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for FamilySituation {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FamilySituation {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Housing situation (logement).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Logement {
    /// `sdf`
    Sdf,
    /// `heberge`
    Heberge,
    /// `en_accession_propriete`
    EnAccessionPropriete,
    /// `proprietaire`
    Proprietaire,
    /// `autre`
    Autre,
    /// `locataire`
    Locataire,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl Logement {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sdf => "sdf",
            Self::Heberge => "heberge",
            Self::EnAccessionPropriete => "en_accession_propriete",
            Self::Proprietaire => "proprietaire",
            Self::Autre => "autre",
            Self::Locataire => "locataire",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for Logement {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for Logement {
    fn from(value: String) -> Self {
        match value.as_str() {
            "sdf" => Self::Sdf,
            "heberge" => Self::Heberge,
            "en_accession_propriete" => Self::EnAccessionPropriete,
            "proprietaire" => Self::Proprietaire,
            "autre" => Self::Autre,
            "locataire" => Self::Locataire,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for Logement {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for Logement {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A user (usager·ère). (The published document misspells `birth_date` and `birth_name`
/// as `bith_date` and `bith_name` in its property list.)
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct User {
    pub id: i64,
    pub first_name: String,
    pub last_name: String,
    #[serde(default)]
    pub birth_name: Option<String>,
    #[serde(default)]
    pub birth_date: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number as entered.
    #[serde(default)]
    pub phone_number: Option<String>,
    /// Phone number in E.164 form, e.g. `+33600008012`.
    #[serde(default)]
    pub phone_number_formatted: Option<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub address_details: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caisse_affiliation: Option<CaisseAffiliation>,
    #[serde(default)]
    pub affiliation_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_situation: Option<FamilySituation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_children: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logement: Option<Logement>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default)]
    pub case_number: Option<String>,
    pub notify_by_sms: bool,
    pub notify_by_email: bool,
    /// Creation time, `YYYY-MM-DD HH:MM:SS +ZZZZ`.
    pub created_at: String,
    /// When the user was invited to create an account.
    #[serde(default)]
    pub invitation_created_at: Option<String>,
    /// When the user accepted the invitation.
    #[serde(default)]
    pub invitation_accepted_at: Option<String>,
    /// Identifier of the user responsible for this one (e.g. a child's parent).
    #[serde(default)]
    pub responsible_id: Option<i64>,
    /// The responsible user, with the same fields as `User`; `null` when there is none.
    /// Kept as a free-form object so that `null` stays valid (OpenAPI 3.0 `nullable` does
    /// not apply through a `$ref`).
    #[serde(default)]
    pub responsible: Option<std::collections::BTreeMap<String, serde_json::Value>>,
    /// The user's profiles in the organisations the agent can see; only filled in by
    /// `getUser`, `null` elsewhere.
    #[serde(default)]
    pub user_profiles: Option<Vec<UserProfile>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserEnvelope {
    pub user: User,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserList {
    pub users: Vec<User>,
    pub meta: Meta,
}

/// A new user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateUserRequest {
    /// Organisations the user joins (at least one).
    pub organisation_ids: Vec<i64>,
    /// Agents to make the user's referents (only those the signed-in agent may manage are kept).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub referent_agent_ids: Option<Vec<i64>>,
    /// First name (prénom).
    pub first_name: String,
    /// Last name (nom).
    pub last_name: String,
    /// Birth name (nom de naissance).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_name: Option<String>,
    /// Birth date (DATE, `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caisse_affiliation: Option<CaisseAffiliation>,
    /// Affiliation number at the caisse.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_situation: Option<FamilySituation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_children: Option<i32>,
    /// Whether the user accepts SMS notifications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_by_sms: Option<bool>,
    /// Whether the user accepts email notifications.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_by_email: Option<bool>,
    /// Identifier of the responsible user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible_id: Option<i64>,
}

/// Fields of a user to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateUserRequest {
    /// Organisations of the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub organisation_ids: Option<Vec<i64>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_name: Option<String>,
    /// Birth date (DATE, `YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_date: Option<chrono::NaiveDate>,
    /// Email; cannot be changed once the user confirmed their account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub caisse_affiliation: Option<CaisseAffiliation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation_number: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family_situation: Option<FamilySituation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_of_children: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub logement: Option<Logement>,
    /// A note about the user.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_by_sms: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notify_by_email: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub responsible_id: Option<i64>,
}

/// A user's RDV invitation token.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Invitation {
    pub invitation_token: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invitation_url: Option<String>,
}

/// Link between a user and an organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserProfile {
    pub organisation: Organisation,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<User>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserProfileEnvelope {
    pub user_profile: UserProfile,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct UserProfileRequest {
    /// Identifier of the organisation.
    pub organisation_id: i64,
    /// Identifier of the user.
    pub user_id: i64,
}

/// An agent assigned as referent of a user.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferentAssignation {
    pub agent: Agent,
    pub user: User,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferentAssignationEnvelope {
    pub referent_assignation: ReferentAssignation,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ReferentAssignationRequest {
    /// Identifier of the referent agent.
    pub agent_id: i64,
    /// Identifier of the user.
    pub user_id: i64,
}

/// A model whose changes are sent to a webhook endpoint.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WebhookSubscription {
    /// `rdv`
    Rdv,
    /// `absence`
    Absence,
    /// `plage_ouverture`
    PlageOuverture,
    /// `user`
    User,
    /// `user_profile`
    UserProfile,
    /// `organisation`
    Organisation,
    /// `motif`
    Motif,
    /// `lieu`
    Lieu,
    /// `agent`
    Agent,
    /// `agent_role`
    AgentRole,
    /// `referent_assignation`
    ReferentAssignation,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl WebhookSubscription {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Rdv => "rdv",
            Self::Absence => "absence",
            Self::PlageOuverture => "plage_ouverture",
            Self::User => "user",
            Self::UserProfile => "user_profile",
            Self::Organisation => "organisation",
            Self::Motif => "motif",
            Self::Lieu => "lieu",
            Self::Agent => "agent",
            Self::AgentRole => "agent_role",
            Self::ReferentAssignation => "referent_assignation",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for WebhookSubscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for WebhookSubscription {
    fn from(value: String) -> Self {
        match value.as_str() {
            "rdv" => Self::Rdv,
            "absence" => Self::Absence,
            "plage_ouverture" => Self::PlageOuverture,
            "user" => Self::User,
            "user_profile" => Self::UserProfile,
            "organisation" => Self::Organisation,
            "motif" => Self::Motif,
            "lieu" => Self::Lieu,
            "agent" => Self::Agent,
            "agent_role" => Self::AgentRole,
            "referent_assignation" => Self::ReferentAssignation,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for WebhookSubscription {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for WebhookSubscription {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// A webhook endpoint of an organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebhookEndpoint {
    pub id: i64,
    pub organisation_id: i64,
    pub target_url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<WebhookSubscription>>,
    /// Shared secret used to sign the notifications; usually not returned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebhookEndpointEnvelope {
    pub webhook_endpoint: WebhookEndpoint,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct WebhookEndpointList {
    pub webhook_endpoints: Vec<WebhookEndpoint>,
    pub meta: Meta,
}

/// A new webhook endpoint.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CreateWebhookEndpointRequest {
    /// URL the notifications are posted to (unique within the organisation).
    pub target_url: String,
    /// Secret shared with the receiving application, used to sign the notifications.
    pub secret: String,
    /// Models whose changes are sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<WebhookSubscription>>,
}

/// Fields of a webhook endpoint to change.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct UpdateWebhookEndpointRequest {
    /// URL the notifications are posted to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_url: Option<String>,
    /// Secret shared with the receiving application.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
    /// Models whose changes are sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subscriptions: Option<Vec<WebhookSubscription>>,
}

/// Public search link of an organisation.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicLink {
    /// The organisation's external identifier.
    pub external_id: String,
    /// URL of the search pre-filtered on the organisation.
    pub public_link: String,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct PublicLinkList {
    pub public_links: Vec<PublicLink>,
}

/// A list of error messages: `401`, `429`, and record-not-found `404` bodies.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ErrorList {
    pub errors: Vec<String>,
    /// `false` when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}

/// Body of a `403`.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ForbiddenError {
    pub errors: Vec<ForbiddenReason>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ForbiddenReason {
    /// Always `forbidden`.
    pub base: String,
}

/// Body of a `404` naming the missing kind of record.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct NotFoundError {
    /// Kind of record not found, e.g. `absence`, `agent`, `user`, `territory`.
    pub not_found: String,
}

/// Body of a `400` naming the missing parameters.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct MissingParameterError {
    /// The missing parameters, as a sentence.
    pub missing: String,
}

/// Body of a `422`. `errors` is usually an object grouping error details by attribute; for
/// a missing required parameter it is a list of messages instead.
/// `error_messages` holds the same errors in human-readable form.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidationError {
    /// `false` when present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
    pub errors: ValidationErrors,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error_messages: Option<Vec<String>>,
}

#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(untagged)]
pub enum ValidationErrors {
    /// Error details grouped by attribute.
    Map(std::collections::BTreeMap<String, Vec<ValidationErrorDetail>>),
    /// Error messages (missing parameters).
    Array(Vec<String>),
}

/// One error on an attribute, in machine form (plus possible extra keys such as `count`).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct ValidationErrorDetail {
    /// Error code, e.g. `blank`, or a message.
    pub error: String,
}

/// Generic error body of `400` and `500`; which fields appear depends on the server version.
#[derive(Debug, Clone, PartialEq, Default, serde::Serialize, serde::Deserialize)]
pub struct ServerError {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub errors: Option<Vec<String>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Where the RDV takes place.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MotifLocationType {
    /// `public_office`
    PublicOffice,
    /// `phone`
    Phone,
    /// `home`
    Home,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl MotifLocationType {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PublicOffice => "public_office",
            Self::Phone => "phone",
            Self::Home => "home",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for MotifLocationType {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for MotifLocationType {
    fn from(value: String) -> Self {
        match value.as_str() {
            "public_office" => Self::PublicOffice,
            "phone" => Self::Phone,
            "home" => Self::Home,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for MotifLocationType {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MotifLocationType {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Who can book this motif.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum MotifBookableBy {
    /// `agents`
    Agents,
    /// `agents_and_prescripteurs`
    AgentsAndPrescripteurs,
    /// `agents_and_prescripteurs_and_invited_users`
    AgentsAndPrescripteursAndInvitedUsers,
    /// `everyone`
    Everyone,
    /// A value this version of the client does not know, kept as sent.
    Unknown(String),
}

impl MotifBookableBy {
    /// The value as sent on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agents => "agents",
            Self::AgentsAndPrescripteurs => "agents_and_prescripteurs",
            Self::AgentsAndPrescripteursAndInvitedUsers => {
                "agents_and_prescripteurs_and_invited_users"
            }
            Self::Everyone => "everyone",
            Self::Unknown(value) => value,
        }
    }
}

impl std::fmt::Display for MotifBookableBy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<String> for MotifBookableBy {
    fn from(value: String) -> Self {
        match value.as_str() {
            "agents" => Self::Agents,
            "agents_and_prescripteurs" => Self::AgentsAndPrescripteurs,
            "agents_and_prescripteurs_and_invited_users" => {
                Self::AgentsAndPrescripteursAndInvitedUsers
            }
            "everyone" => Self::Everyone,
            _ => Self::Unknown(value),
        }
    }
}

impl serde::Serialize for MotifBookableBy {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for MotifBookableBy {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::from)
    }
}

/// Optional parameters of [`Client::get_absences`](crate::Client::get_absences).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAbsencesParams {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// `page` (query parameter).
    pub page: Option<i32>,
}

/// Documented error bodies of [`Client::get_absences`](crate::Client::get_absences).
#[derive(Debug, Clone, PartialEq)]
pub enum GetAbsencesError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_absence`](crate::Client::create_absence).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateAbsenceError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// The agent given by `agent_id` or `agent_email` does not exist.
    NotFound(NotFoundError),
    /// Invalid values, e.g. an end before the start or badly formatted dates.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_absence`](crate::Client::get_absence).
#[derive(Debug, Clone, PartialEq)]
pub enum GetAbsenceError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such absence.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::update_absence`](crate::Client::update_absence).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateAbsenceError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such absence.
    NotFound(NotFoundError),
    /// Well-formed but invalid parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::delete_absence`](crate::Client::delete_absence).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteAbsenceError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such absence.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Optional parameters of [`Client::get_agents`](crate::Client::get_agents).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetAgentsParams {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// `page` (query parameter).
    pub page: Option<i32>,
    /// Only the agents of this organisation.
    ///
    /// `organisation_id` (query parameter).
    pub organisation_id: Option<i64>,
}

/// Documented error bodies of [`Client::get_agents`](crate::Client::get_agents).
#[derive(Debug, Clone, PartialEq)]
pub enum GetAgentsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Optional parameters of [`Client::get_organisations`](crate::Client::get_organisations).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetOrganisationsParams {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// `page` (query parameter).
    pub page: Option<i32>,
    /// Number or code of the département (territory), e.g. `26`.
    ///
    /// `departement_number` (query parameter).
    pub departement_number: Option<String>,
    /// INSEE code of the town (code INSEE de la localité), e.g. `26323`.
    ///
    /// `city_code` (query parameter).
    pub city_code: Option<String>,
}

/// Documented error bodies of [`Client::get_organisations`](crate::Client::get_organisations).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganisationsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_organisation`](crate::Client::get_organisation).
#[derive(Debug, Clone, PartialEq)]
pub enum GetOrganisationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::update_organisation`](crate::Client::update_organisation).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateOrganisationError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Well-formed but invalid parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Optional parameters of [`Client::get_motifs`](crate::Client::get_motifs).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetMotifsParams {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// `page` (query parameter).
    pub page: Option<i32>,
    /// Only active motifs (`true`) or only inactive ones (`false`).
    ///
    /// `active` (query parameter).
    pub active: Option<bool>,
    /// Only motifs bookable online (`true`) or only the others (`false`).
    ///
    /// `bookable_publicly` (query parameter).
    pub bookable_publicly: Option<bool>,
    /// Only the motifs of this service.
    ///
    /// `service_id` (query parameter).
    pub service_id: Option<i64>,
}

/// Documented error bodies of [`Client::get_motifs`](crate::Client::get_motifs).
#[derive(Debug, Clone, PartialEq)]
pub enum GetMotifsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Optional parameters of [`Client::get_rdvs`](crate::Client::get_rdvs).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetRdvsParams {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// `page` (query parameter).
    pub page: Option<i32>,
    /// Only RDVs whose `starts_at` is after this date or time (ISO 8601 date or date-time).
    ///
    /// `starts_after` (query parameter).
    pub starts_after: Option<String>,
    /// Only RDVs whose `starts_at` is before this date or time (ISO 8601 date or date-time).
    ///
    /// `starts_before` (query parameter).
    pub starts_before: Option<String>,
}

/// Documented error bodies of [`Client::get_rdvs`](crate::Client::get_rdvs).
#[derive(Debug, Clone, PartialEq)]
pub enum GetRdvsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Optional parameters of [`Client::get_users_from_organisation`](crate::Client::get_users_from_organisation).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUsersFromOrganisationParams {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// `page` (query parameter).
    pub page: Option<i32>,
}

/// Documented error bodies of [`Client::get_users_from_organisation`](crate::Client::get_users_from_organisation).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUsersFromOrganisationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_user_from_organisation`](crate::Client::get_user_from_organisation).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserFromOrganisationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such user, or the user is not linked to the organisation.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Optional parameters of [`Client::get_webhook_endpoints`](crate::Client::get_webhook_endpoints).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetWebhookEndpointsParams {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// `page` (query parameter).
    pub page: Option<i32>,
    /// Only the endpoints with this destination URL.
    ///
    /// `target_url` (query parameter).
    pub target_url: Option<String>,
}

/// Documented error bodies of [`Client::get_webhook_endpoints`](crate::Client::get_webhook_endpoints).
#[derive(Debug, Clone, PartialEq)]
pub enum GetWebhookEndpointsError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_webhook_endpoint`](crate::Client::create_webhook_endpoint).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateWebhookEndpointError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Missing fields, or the subscriptions list holds unknown values.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::update_webhook_endpoint`](crate::Client::update_webhook_endpoint).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateWebhookEndpointError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// The record does not exist.
    NotFound(ErrorList),
    /// Missing fields, or the subscriptions list holds unknown values.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_public_links`](crate::Client::get_public_links).
#[derive(Debug, Clone, PartialEq)]
pub enum GetPublicLinksError {
    /// The `territory` parameter is missing.
    BadRequest(MissingParameterError),
    /// No territory has this département number.
    NotFound(NotFoundError),
    /// More than 50 calls per minute to unauthenticated endpoints.
    TooManyRequests(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_referent_assignation`](crate::Client::create_referent_assignation).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateReferentAssignationError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// The agent is not in the same territory as the referent.
    Forbidden(ForbiddenError),
    /// Well-formed but invalid parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::delete_referent_assignation`](crate::Client::delete_referent_assignation).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteReferentAssignationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// The agent is not in the same territory as the referent.
    Forbidden(ForbiddenError),
    /// No such assignment.
    NotFound(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_user_profile`](crate::Client::create_user_profile).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserProfileError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Unknown user or organisation, or the profile already exists.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::delete_user_profile`](crate::Client::delete_user_profile).
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteUserProfileError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such profile.
    NotFound(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Optional parameters of [`Client::get_users`](crate::Client::get_users).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GetUsersParams {
    /// Page to return, starting at 1 (default 1). Pages hold up to 100 items.
    ///
    /// `page` (query parameter).
    pub page: Option<i32>,
    /// Only the users with these identifiers (sent as `ids[]=1&ids[]=2`).
    ///
    /// `ids[]` (query parameter).
    pub ids: Option<Vec<i64>>,
}

/// Documented error bodies of [`Client::get_users`](crate::Client::get_users).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUsersError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_user`](crate::Client::create_user).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// Missing, badly formatted or impossible parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::get_user`](crate::Client::get_user).
#[derive(Debug, Clone, PartialEq)]
pub enum GetUserError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// The user belongs to another organisation.
    Forbidden(ForbiddenError),
    /// No such user, or the user is not linked to the organisation.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::update_user`](crate::Client::update_user).
#[derive(Debug, Clone, PartialEq)]
pub enum UpdateUserError {
    /// Malformed request, e.g. a JSON body that does not parse. The body is the framework's
    /// generic error object (not described by the API documentation).
    BadRequest(ServerError),
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// Authenticated, but the agent's rights do not allow this action.
    Forbidden(ForbiddenError),
    /// No such user, or the user is not linked to the organisation.
    NotFound(NotFoundError),
    /// Missing, badly formatted or impossible parameters.
    UnprocessableEntity(ValidationError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}

/// Documented error bodies of [`Client::create_user_invitation`](crate::Client::create_user_invitation).
#[derive(Debug, Clone, PartialEq)]
pub enum CreateUserInvitationError {
    /// Authentication failed (missing, wrong or expired `access-token`/`client`/`uid`).
    Unauthorized(ErrorList),
    /// The user belongs to another organisation.
    Forbidden(ForbiddenError),
    /// No such user, or the user is not linked to the organisation.
    NotFound(NotFoundError),
    /// Internal error; the team is notified automatically. Depending on the server version the
    /// body is `{"errors": ["Unexpected internal error"]}` or the framework's
    /// `{"status": 500, "error": "Internal Server Error"}`.
    InternalServerError(ServerError),
}
