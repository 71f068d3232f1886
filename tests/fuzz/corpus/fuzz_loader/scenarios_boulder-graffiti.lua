-- The Bakery Wall: a prosecutor scenario modelled on the Boulder County (Colorado) District
-- Attorney's Center for Prevention and Restorative Justice: in-house diversion before filing
-- (or after filing, before a plea), a risk screen that sets an unsupervised or supervised
-- track, a restorative arm such as community group conferencing, and dismissal on completion.
-- Premise 4 in shared/reference/restorative-practice.md B.7; programme design from B.5.
-- The deputy co-facilitating the conference is a training device (see conference_open).

return scenario {
  id = "boulder-graffiti",
  version = 1,
  title = "The Bakery Wall",
  role = "prosecutor",
  summary = [[A 22-year-old spray-paints his tag across a family bakery on Main Street in Longmont, Colorado, and over the mural the owners' daughter painted. As the deputy district attorney, you decide whether to divert before filing, which track the risk screen calls for, how to invite the family and a neighbourhood representative to a conference, and what a proportionate repair looks like. Then you have to keep the promise that completion means no charge.]],
  minutes = 20,
  modelled_on = "Boulder County (Colorado) District Attorney's Office, Center for Prevention and Restorative Justice: pre-file diversion with community group conferencing",
  speakers = { "Officer Ferreira", "Mr. Aguilar", "Ms. Walsh", "Ms. Lindgren", "Eli", "Hannah", "Rosa", "Héctor",
    "Marisol", "Mr. Whitcomb" },
  figures = {
    {
      text = "In surveys of the Boulder County District Attorney's restorative justice work, 99% of victims and community members and 95% of defendants said they were satisfied, and 100% of participating victims said the process met their needs (programme-reported survey).",
      source = "Restorative Justice Colorado, programme page for the Boulder County District Attorney's Center for Prevention and Restorative Justice (rjcolorado.org)",
    },
    {
      text = "Reviewing 36 direct comparisons with conventional justice, Sherman and Strang found that restorative justice satisfied victims and offenders more than conventional justice, and cut costs when used as diversion; effects on repeat offending varied by offence and population.",
      source = "Sherman & Strang (2007), Restorative Justice: The Evidence, The Smith Institute",
    },
    {
      text = "In Canberra's RISE experiments, conferences lowered violent reoffending among young violent offenders but made no difference for property offences; victims and offenders rated conferences fairer than court. Satisfaction and repair, not only reoffending, are what a case like this can reasonably aim at.",
      source = "Canberra Reintegrative Shaming Experiments (RISE); rated 'Promising' by CrimeSolutions (U.S. Office of Justice Programs)",
    },
  },

  vars = {
    filed = false,           -- the charge was filed before diversion
    net_widened = false,     -- Cody and Ava were sent diversion letters without evidence
    supervised = false,      -- Eli is on the supervised track
    housing_help = false,    -- the supervised track brought housing help he agreed to
    owners_mode = "none",    -- "present" | "statement" | "skipped" | "pressured"
    minimised = false,       -- the conference went ahead while Eli denied the mural
    coerced = false,         -- Eli "admitted" the mural under threat of extra counts
    eli_shut_down = false,   -- Eli was threatened or shamed into silence in the conference
    terms = "none",          -- "specific" | "degrading" | "vague" | "revised"
    extended = false,        -- the payment plan was stretched with the family's agreement
    waived = false,          -- the rest of the money was waived without asking the family
    harm_cause = "none",     -- "pressured" | "denial" | "shaming"
    breach = "none",         -- "shortfall" | "refiled" | "held"
    end_reason = "none",     -- "no_conference" | "withdrew"
  },

  start = "intake",

  ---------------------------------------------------------------------------
  -- 1. Divert, charge, or widen the net
  ---------------------------------------------------------------------------
  scene "intake" {
    title = "Tuesday, Boulder County Justice Center",
    text = [[You are a deputy district attorney in Boulder County, Colorado. Your office's Center for Prevention and Restorative Justice runs diversion in-house, before or after a charge is filed.

Longmont police report: at 2:10 a.m. on a Sunday, Eli Novak, 22, spray-painted "NOVA" in four-foot silver letters across the front of Panadería Ortiz on Main Street, and over the mural on its side wall that Marisol Ortiz, 17, painted last summer. The bakery's camera shows his face; he posted a photo of the wall online the next day. The estimate for cleaning and repainting is $1,150. Eli is a line cook with no record.

Two friends, Cody and Ava, stood by a car at the curb. The camera shows neither of them painting or holding paint.

Officer Ferreira: Possible lookouts, but I've got no evidence either of them painted. Charge all three?

No charge has been filed yet.]],
    notes = [[The Boulder County DA's Center diverts adults and juveniles who take responsibility, before filing or after filing but before a plea, and the case is dismissed on completion. Diversion is for cases the office would otherwise charge: sending letters to people the evidence would never reach is net-widening, however educational it looks.]],
    questions = {
      "Would you file a charge against Cody or Ava on this evidence? What follows from your answer?",
      "What does diverting before filing spare Eli that diverting after filing does not?",
    },
    choice { "File a criminal mischief charge now, while the evidence is fresh, and let Eli's lawyer ask the court for diversion later if he wants it",
      id = "file-first", to = "filed",
      set = { filed = true },
      score = { least_intrusive = -2, victim_voice = -1, due_process = 1 },
      feedback = [[Lawful, and the evidence supports it. But the office can divert before filing, and doing so spares a first-time adult a court record for a harm that can be repaired directly. Filing first adds a public case, court dates and delay before anyone asks the Ortizes what they need.]],
    },
    choice { "Offer Eli pre-file diversion, and send Cody and Ava diversion letters too: they stood by while he painted, and a conference would show all three what their night cost a family",
      id = "widen-net", to = { { 0.7, "screen_low" }, { 0.3, "screen_need" } },
      violation = "net_widening",
      set = { net_widened = true },
      score = { least_intrusive = -3, due_process = -2 },
      feedback = [[Wanting the friends to face the harm is understandable, but there is no evidence either of them painted, and no prosecutor would charge them on this file. Sending them into diversion is net-widening: it opens files on two people the system would otherwise leave alone. Diversion is only for cases that would otherwise be charged.]],
    },
    choice { "Offer Eli pre-file diversion through the Center: no charge if he takes responsibility and completes it, and he may talk to a lawyer first",
      id = "divert-pre-file", to = { { 0.7, "screen_low" }, { 0.3, "screen_need" } },
      score = { due_process = 2, least_intrusive = 3, voluntary = 1 },
      feedback = [[Right. The footage and his own post make this a case you would charge, so diversion is a real alternative, not a net. Diverting before filing is the least intrusive route that still holds Eli to account, and telling him in writing that he can get legal advice first makes his decision an informed one.]],
    },
  },

  scene "filed" {
    title = "Two weeks later",
    text = [[Eli is summonsed and appears with a public defender, Mr. Aguilar.

Mr. Aguilar: My client isn't disputing the footage. He has no record. Your office diverts cases after filing too, before a plea. Will you refer him to the Center?

The Ortizes have had a letter telling them a case was filed. Nobody has spoken to them.]],
    choice { "Agree: refer Eli to the Center's diversion before any plea, with dismissal if he completes it",
      id = "post-file-diversion", to = { { 0.7, "screen_low" }, { 0.3, "screen_need" } },
      score = { least_intrusive = 1, due_process = 1, voluntary = 1 },
      feedback = [[Good recovery. Diversion after filing, before a plea, still ends in dismissal and still brings in the people harmed. Eli now has a court case on record that pre-file diversion would have spared him, but the route to repair is open again.]],
    },
    choice { "Offer a plea to criminal mischief with a fine and restitution, and close the file",
      id = "plea-and-fine", to = "court-fine",
      score = { victim_voice = -2, accountability = -1, repair = -1 },
      feedback = [[Quick and lawful, but the Ortizes are never asked anything, and a fine paid to the court does nothing for Marisol's mural. Restitution by mail repays money; it does not answer why her wall, or give Eli a chance to face the people he hurt.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. The risk screen and the track
  ---------------------------------------------------------------------------
  scene "screen_low" {
    title = "The intake screen",
    text = function(v)
      local t = (v.filed and "Eli accepts the referral after talking it through with Mr. Aguilar." or "Eli accepts the offer in writing after talking to a lawyer his sister found.") .. [[ The Center's case manager, Ms. Walsh, runs the intake screen.

Her summary: low risk, low need. Steady job, lives with his sister Hannah, no drug or alcohol concerns beyond "a few beers that night", no earlier police contact. He told her he thought of the wall as "a spot, not someone's".]]
      if v.net_widened then
        t = t .. "\n\nCody and Ava have both called your office, asking why they have letters from the DA about a wall they never touched."
      end
      return t .. "\n\nMs. Walsh asks which track to put him on."
    end,
    notes = [[The Center's tracks: unsupervised diversion for lower risk, supervised diversion for higher need or harm, and a mental-health track. The screen is there to match the response to the person, in both directions: no more supervision than the risk needs, and services where the need is real.]],
    questions = {
      "What would monthly drug tests add here, and what might they cost Eli?",
    },
    choice { "Unsupervised track with the restorative arm, and no conditions the case doesn't need",
      id = "unsupervised-rj", to = "owners",
      score = { least_intrusive = 2, accountability = 1, victim_voice = 1 },
      feedback = [[The screen says low risk, so the lightest track fits. The restorative arm is what makes it more than a fine: the people harmed get a voice, and Eli has to face what his tag meant to them.]],
    },
    choice { "Supervised track anyway: monthly check-ins, drug testing and a 10 p.m. curfew; he was out drinking at 2 a.m., and closer supervision protects Main Street while he is in the programme",
      id = "supervise-low-risk", to = "owners",
      set = { supervised = true },
      score = { least_intrusive = -3, respect = -1, safety = 1 },
      feedback = [[It feels safe, but nothing in the screen calls for it. Supervision a person does not need creates more chances to fail (a missed test, a late night) without making the bakery any safer.]],
    },
    choice { "Unsupervised, and skip the conference: a restitution letter and an online class will do",
      id = "skip-conference", to = "repair-without-meeting",
      set = { end_reason = "no_conference" },
      score = { victim_voice = -2, accountability = -2, least_intrusive = 1 },
      feedback = [[Light-touch, but the Ortizes are never asked whether they want to be heard, and Eli never hears what the wall meant to them. The restorative arm is the part of diversion that deals with the harm, not only the file.]],
    },
  },

  scene "screen_need" {
    title = "The intake screen",
    text = function(v)
      local t = (v.filed and "Eli accepts the referral after talking it through with Mr. Aguilar." or "Eli accepts the offer in writing after talking to a lawyer his sister found.") .. [[ The Center's case manager, Ms. Walsh, runs the intake screen.

Her summary: higher need. Eli lost his apartment two weeks before the graffiti and has been sleeping on friends' couches. He says he drinks most nights. He has kept his job, and has no earlier police contact.

Eli: I'm not an addict. I just don't have anywhere to be.]]
      if v.net_widened then
        t = t .. "\n\nCody and Ava have both called your office, asking why they have letters from the DA about a wall they never touched."
      end
      return t .. "\n\nMs. Walsh asks which track to put him on."
    end,
    notes = [[Higher need is a reason for support, not for refusing diversion. The supervised track exists for exactly this: a case manager and services alongside the restorative arm. Conditions should answer the needs the screen found and be explained, not added for their own sake.]],
    questions = {
      "Which of Eli's needs, if left alone, make it more likely the harm is repeated?",
    },
    choice { "Treat him like any other first-timer: unsupervised track and no referrals; his housing and drinking are his own business, and extra conditions would only set him up to fail",
      id = "ignore-need", to = "owners",
      score = { safety = -2, accountability = -1, least_intrusive = 1 },
      feedback = [[Light-touch, but the screen found real needs: no home and drinking most nights. Ignoring them leaves the conditions behind the 2 a.m. graffiti in place, and makes it harder for Eli to keep any agreement he signs.]],
    },
    choice { "He's too unstable for diversion: file the charge",
      id = "file-unstable", to = "court-fine",
      score = { least_intrusive = -3, victim_voice = -1 },
      feedback = [[Instability is a reason for support, not for a record. The supervised track exists for people with higher needs; filing takes away both the services and the Ortizes' chance to be heard.]],
    },
    choice { "Supervised track with services he agrees to (housing help, an alcohol assessment) plus the conference; explain each condition",
      id = "supervised-services", to = "owners",
      set = { supervised = true, housing_help = true },
      score = { safety = 2, least_intrusive = 1, accountability = 1, victim_voice = 1 },
      feedback = [[This matches the response to what the screen found: a case manager and services he agrees to, explained to him, alongside the conference with the people harmed. It is more than the lowest track, but no more than the need calls for.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. Inviting the people harmed
  ---------------------------------------------------------------------------
  scene "owners" {
    title = "The invitation",
    text = [[Ms. Lindgren, the Center's restorative justice facilitator, will invite the Ortizes. Rosa Ortiz told Officer Ferreira she was "heartbroken about Marisol's mural". Her husband, Héctor, said he had no time for "programs for criminals". Marisol has said nothing to anyone. The bakery opens at 5 a.m., six days a week.

Mr. Whitcomb, who chairs the Main Street neighbours' association, has offered to take part as the neighbourhood's representative.

Ms. Lindgren asks how you want the family approached.]],
    notes = [[A community group conference brings together the people harmed, the person responsible, their supporters and community members. The people harmed decide whether and how they take part: face to face, through a statement, or not at all. A community representative can add the neighbourhood's view; they cannot stand in for the family's consent.]],
    questions = {
      "How would you describe the conference so that saying no feels as acceptable as saying yes?",
      "Who decides whether Marisol, at 17, takes part?",
    },
    choice { "Send a friendly letter with a conference date chosen to suit the bakery's hours, saying the business is expected to take part and thanking them in advance",
      id = "expected-letter", to = "owners_pressured",
      score = { voluntary = -2, victim_voice = -2 },
      feedback = [[A letter that sets the date and says they are "expected" tells the family the decision is already made. Consent has to be asked for, with the options explained, by someone they can put questions to.]],
    },
    choice { "Have Ms. Lindgren visit after the morning rush and explain the options, including no part at all; the case goes on either way, and Marisol decides for herself with her parents",
      id = "visit-and-explain", to = { { 0.7, "owners_join" }, { 0.3, "owners_statement" } },
      score = { voluntary = 3, victim_voice = 3, respect = 1 },
      feedback = [[This is how to ask: in person, at a time that suits a bakery, with every option laid out, including no part at all. Marisol's choice is her own, with her parents' permission. Whatever the family decides is now a real decision.]],
    },
    choice { "Spare the family another disruption: hold the conference with Mr. Whitcomb speaking for the businesses on Main Street, and send the Ortizes the outcome afterwards",
      id = "skip-family", to = "eli_prep",
      violation = "no_victim_consent",
      set = { owners_mode = "skipped" },
      score = { victim_voice = -3, voluntary = -2 },
      feedback = [[Well meant, but it holds a conference about the Ortizes' harm without ever asking them. A neighbourhood representative can add the community's view; he cannot consent for the family or tell the room what Marisol lost.]],
    },
  },

  scene "owners_pressured" {
    title = "A reluctant yes",
    text = [[Héctor calls Ms. Lindgren.

Héctor: If the DA says we have to, we'll be there. I'm not bringing my daughter, and I can't close the shop for long.

Ms. Lindgren tells you that nobody has told the family they could say no, or send a statement instead.]],
    choice { "Confirm the date and thank him: he has agreed, and going back to him again would only take more of his time",
      id = "take-reluctant-yes", to = "eli_prep",
      violation = "no_victim_consent",
      set = { owners_mode = "pressured" },
      score = { voluntary = -3, victim_voice = -3, safety = -1 },
      feedback = [["If the DA says we have to" is compliance, not consent. Holding the conference on it brings Héctor to a table he believes he was ordered to, which is the opposite of giving the people harmed a voice.]],
    },
    choice { "Correct it: tell him nothing is expected of them, apologise for the letter, and ask whether Ms. Lindgren may visit to explain the options",
      id = "correct-letter", to = { { 0.7, "owners_join" }, { 0.3, "owners_statement" } },
      score = { voluntary = 2, victim_voice = 2 },
      feedback = [[Good recovery. Saying plainly that nothing is expected, and offering a proper visit, turns an order back into a choice. The letter cost some trust; the correction stops the damage.]],
    },
  },

  scene "owners_join" {
    title = "The Ortizes will come",
    text = [[After Ms. Lindgren's visit, Rosa and Héctor say they will come. Marisol takes a day to think, and says she will too.

Marisol: I want to ask him why he picked my wall.

Héctor: And I want the money. Two Saturday customers asked if we were closing down.

Rosa worries that Eli's friends will come back, and does not want to wait in the same lobby as him.

Ms. Lindgren asks how you want the meeting set up.]],
    choice { "Plan it with them: who comes, separate arrival, a pause signal, that Marisol can step out at any time with a parent, and who speaks first",
      id = "plan-with-family", to = "eli_prep",
      set = { owners_mode = "present" },
      score = { safety = 2, victim_voice = 2, respect = 1 },
      feedback = [[Preparation is where safety is built: no shared lobby, a way to pause, and a 17-year-old who knows she can leave with a parent at any moment. Planning it with the family, not for them, keeps their voice in the process before it starts.]],
    },
    choice { "Reassure them that the conference follows a tested script, that Ms. Lindgren has run many, and that each of them will get a turn to speak",
      id = "set-script", to = "eli_prep",
      set = { owners_mode = "present" },
      score = { victim_voice = -1, safety = -1 },
      feedback = [[A script helps, but Rosa named a fear and Marisol is 17. Telling them to wait their turn leaves both unanswered and gives the family no say in how their own meeting runs.]],
    },
  },

  scene "owners_statement" {
    title = "The Ortizes will write",
    text = [[After Ms. Lindgren's visit, the family decides not to sit across from Eli.

Rosa: We want him to know what it did. And we want a say in what he does about it. But I don't want to see him.

Marisol writes a page about the mural, and asks that it be read only if she agrees to the final wording. Mr. Whitcomb will still attend for the neighbourhood.

Ms. Lindgren asks how the family's voice should reach the conference.]],
    notes = [[When the people harmed do not want to meet, their views can still shape the process: a statement in their own words, questions put on their behalf, answers brought back, and approval of the agreement.]],
    choice { "Have Mr. Whitcomb, who knows the family and the street, sum up their feelings in his own words, so the statement does not sound cold when it is read out",
      id = "whitcomb-summarises", to = "eli_prep",
      set = { owners_mode = "statement" },
      score = { victim_voice = -2, respect = -1 },
      feedback = [[Mr. Whitcomb knows Main Street, not Marisol's mural. His summary would replace the family's voice with his, and the family asked to be heard, not interpreted.]],
    },
    choice { "Ask how they want to be heard: their statement read in their words, Marisol's page only with her approval, and the draft agreement sent to them before anyone signs",
      id = "family-voice-in-writing", to = "eli_prep",
      set = { owners_mode = "statement" },
      score = { victim_voice = 3, voluntary = 1, respect = 1 },
      feedback = [[The family stays the author of what the room hears, and keeps the final say on the repair. Marisol's control over her own page matters: it is her work that was painted over.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4. Preparing Eli
  ---------------------------------------------------------------------------
  scene "eli_prep" {
    title = "Preparing Eli",
    text = [[Ms. Lindgren meets Eli and his sister, Hannah.

Eli: The tag on the front, yeah, that was me. The mural stuff wasn't. Somebody else must have hit it after.

The bakery camera shows Eli painting across the mural for four minutes. He has not watched the footage.

He says he didn't know a family owned the place. Hannah says he has barely slept since he found out who Marisol is.]],
    notes = [[Diversion at the Center is for people who take responsibility, and a conference assumes the basic facts are accepted (Scottish Government guidance; the IIRP script). "The mural wasn't me" denies the part of the harm that hurt Marisol most. Preparation is where this is worked through, not the conference, and not by threats.]],
    questions = {
      "What would Marisol hear in the conference if he said this there?",
    },
    choice { "Go ahead: he admits the tag on the front, which is most of the damage, and hearing the family will bring out the rest",
      id = "accept-partial", to = "conference_open",
      violation = "responsibility_denied",
      set = { minimised = true },
      score = { accountability = -3, safety = -1, victim_voice = -1 },
      feedback = [[He denies the part of the harm that belongs to Marisol. Going ahead while the central fact is disputed risks the family hearing, in front of everyone, that what the camera shows did not happen.]],
    },
    choice { "Have Ms. Lindgren go through the footage with Eli and Hannah, and hold the conference only when he accepts what it shows, in his own words",
      id = "footage-first", to = "conference_open",
      score = { accountability = 3, safety = 1, due_process = 1 },
      feedback = [[Good. Watching the footage in preparation gives Eli a fair chance to face it before anyone harmed is in the room, and protects the Ortizes from hearing a denial across the table.]],
    },
    choice { "Tell him that if he won't own the mural too, you'll file today and add a count for every tag on Main Street",
      id = "threaten-counts", to = "conference_open",
      violation = "coerced_accused",
      set = { coerced = true },
      score = { voluntary = -3, due_process = -2, least_intrusive = -2 },
      feedback = [[Threatening charges you have no evidence for, to force an admission, is coercion. Eli may now say the words, but an admission made to escape a threat is not acknowledgement, and the conference will feel it.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 5. The community group conference
  ---------------------------------------------------------------------------
  scene "conference_open" {
    title = "The conference",
    text = function(v)
      local t = "Three weeks later, a meeting room at the Longmont library. Ms. Lindgren facilitates; as a deputy trained in the Center's conferencing, you co-facilitate with her.\n\nEli sits beside Hannah."
      if v.coerced then
        t = t .. " His arms are folded. He \"admitted\" the mural the day after your call."
      end
      if v.owners_mode == "present" then
        t = t .. " Opposite sit Rosa, Héctor and Marisol. Mr. Whitcomb sits at the end of the table."
      elseif v.owners_mode == "statement" then
        t = t .. " The Ortizes' chairs are empty by their choice; their statement is in Ms. Lindgren's folder. Mr. Whitcomb sits across from Eli."
      elseif v.owners_mode == "skipped" then
        t = t .. " Mr. Whitcomb sits across from him with notes headed \"Vandalism on Main\". The Ortizes do not know the meeting is happening."
      else
        t = t .. " Opposite, Héctor sits alone in his flour-dusted apron, checking his watch. He has not looked at Eli. When Ms. Lindgren thanks him for coming, he says, \"Did I have a choice?\""
      end
      return t .. "\n\nMs. Lindgren nods to you to open."
    end,
    notes = [[In practice the Center's staff and trained community volunteers facilitate; the deputy's seat here is a training device. The opening sets the tone: the meeting is about what happened and who was affected, not who is good or bad; people may pause; the person responsible may stop, and the case then goes back to the office with nothing said used. If the trainee reached this room on a reluctant yes, watch whether they hear Héctor's question.]],
    questions = {
      "What should Eli hear in the first minute, and what should the family hear?",
    },
    choice { "Open by reading the police report and telling Eli this is his one chance to avoid a record",
      id = "open-one-chance", to = "conf_eli",
      when = function(v) return v.owners_mode ~= "pressured" end,
      score = { respect = -2, voluntary = -2 },
      feedback = [[Everyone knows what is at stake. Opening with a threat puts you at the centre and Eli on the defensive; people who feel cornered explain less and justify more.]],
    },
    choice { "Invite Mr. Whitcomb to open by telling Eli what the neighbourhood thinks of vandalism on Main, so Eli hears the community's voice before he starts explaining himself",
      id = "open-with-whitcomb", to = "conf_eli",
      when = function(v) return v.owners_mode ~= "pressured" end,
      score = { respect = -2, safety = -1 },
      feedback = [[The neighbourhood's view belongs in the conference, in its turn. Opening with a verdict on "vandals" sets the room against Eli before he has said a word, and puts the family's own voice second.]],
    },
    choice { "Welcome everyone; say it is about what happened and who it affected, not who is good or bad; anyone may pause; Eli may stop without penalty, and nothing said here is used",
      id = "open-restoratively", to = "conf_eli",
      when = function(v) return v.owners_mode ~= "pressured" end,
      score = { respect = 3, voluntary = 2, safety = 1, due_process = 1 },
      feedback = [[A good opening. It separates the act from the person, tells everyone they can pause, reminds Eli that stopping carries no penalty and that what he says stays in the room, and starts with the person responsible telling what he did.]],
    },
    choice { "Call a break and ask Héctor privately whether he wants to be here; make sure he knows he can leave or send a statement instead, and accept his answer",
      id = "pause-for-hector", to = "repair-without-meeting",
      when = function(v) return v.owners_mode == "pressured" end,
      set = { end_reason = "withdrew" },
      score = { voluntary = 3, victim_voice = 3, safety = 1 },
      feedback = [[Right, and late. "Did I have a choice?" is a question you can still answer honestly. Consent can be withdrawn at any point, and the person harmed has to be asked directly. The mistake was the letter and the reluctant yes that brought him here.]],
    },
    choice { "Carry on: he agreed, and he's here",
      id = "carry-on", to = "reharmed",
      when = function(v) return v.owners_mode == "pressured" end,
      set = { harm_cause = "pressured" },
      score = { voluntary = -2, victim_voice = -3, respect = -1 },
      feedback = [[Being in the room is not consent. Héctor has just told you he thinks he was ordered to come; carrying on makes the conference one more thing done to the people it was meant to serve.]],
    },
  },

  scene "conf_eli" {
    title = "Eli speaks",
    text = function(v)
      if v.minimised then
        local t = "Eli: The front was me. The mural wasn't. I don't know who did that."
        if v.owners_mode == "present" then
          t = t .. "\n\nMarisol looks at her mother. Héctor starts to say something about the camera and stops."
        else
          t = t .. "\n\nMs. Lindgren has a still from the bakery camera in her folder. Mr. Whitcomb looks at her."
        end
        return t .. "\n\nThe room goes quiet."
      end
      return [[Eli: It was 2 a.m., we'd been drinking at Cody's. The wall was big and clean and right on Main. I didn't think of it as someone's. I thought of it as a spot.

You ask who he thinks has been affected. Before he can answer, Mr. Whitcomb cuts in.

Mr. Whitcomb: People like you are why Main Street is dying. You don't care about anything. You should be ashamed to show your face here.

Eli pushes his chair back.

Eli: I don't have to sit here for this.]]
    end,
    notes = [[Two hard moments at once: a community member shaming the person responsible, and that person about to walk out. Acknowledge the speaker's care for the street without endorsing the label, bring the room back to the act and its effects, and put the question again in plain words. If Eli is denying the mural, the conference cannot go on as a restorative meeting.]],
    questions = {
      "How do you stop Mr. Whitcomb without silencing the community's voice?",
      "How would you put 'who has been affected?' to Eli in your own words?",
    },
    choice { "Thank Mr. Whitcomb for caring about the street and promise him his turn; say this is about what was done, not who Eli is; then ask Eli who found that wall on Sunday",
      id = "redirect-whitcomb", to = "conf_owners",
      when = function(v) return not v.minimised end,
      score = { respect = 3, accountability = 2, safety = 1 },
      feedback = [[This keeps Mr. Whitcomb in the process and the focus on the act. Eli stays because he has not been labelled, and a plain question about who found the wall on Sunday morning is one he can actually answer.]],
    },
    choice { "Let Mr. Whitcomb finish: community disapproval is part of what a community conference is for, and Eli needs to hear how Main Street sees people who do this",
      id = "let-whitcomb-shame", to = "conf_owners",
      when = function(v) return not v.minimised end,
      set = { eli_shut_down = true },
      score = { respect = -2, accountability = -1 },
      feedback = [[Disapproval of the act can help; contempt for the person ("people like you") usually shuts people down. Letting it run leaves Eli defending himself instead of thinking about the family who found the wall.]],
    },
    choice { "Tell Eli, firmly, that walking out ends diversion and you will file the charge today, so he should sit down and finish",
      id = "threaten-walkout", to = "conf_owners",
      when = function(v) return not v.minimised end,
      violation = "coerced_accused",
      set = { eli_shut_down = true },
      score = { voluntary = -3, respect = -1 },
      feedback = [[He was promised he could stop without penalty. Using the charge to hold him in his seat is coercion: he stays, but what he says next will be said to avoid court, not to the people he hurt.]],
    },
    choice { "Call a break; check with Eli and Hannah whether he accepts the footage. When he does not, end the conference kindly, tell the family's side why, and return the case to the ordinary process, with nothing said here used",
      id = "stop-on-denial", to = "returned-fair",
      when = function(v) return v.minimised end,
      score = { safety = 2, accountability = 1, due_process = 2, victim_voice = 1 },
      feedback = [[Correct, if late. A conference cannot go on while the central fact is denied. Stopping, explaining honestly and returning the case without penalty limits the harm; watching the footage in preparation would have spared the family this moment.]],
    },
    choice { "Press on: ask the family's side to describe the mural to him",
      id = "press-on-denial", to = "reharmed",
      when = function(v) return v.minimised end,
      set = { harm_cause = "denial" },
      score = { safety = -3, victim_voice = -2, respect = -1 },
      feedback = [[Asking the people harmed to describe their loss to someone denying it puts their account on trial. A restorative meeting needs agreement on the basic facts; without it, this is a cross-examination.]],
    },
  },

  scene "conf_owners" {
    title = "The family's turn",
    text = function(v)
      local t
      if v.eli_shut_down then
        t = "Eli sits back down and says nothing more. He stares at the table."
      else
        t = "Eli: Whoever opens the bakery, I guess. I didn't know it was a family."
      end
      if v.owners_mode == "present" then
        return t .. [[


Rosa: We open at five. My husband saw it first, in the dark. He sat in the car and didn't come in. Nineteen years we've been on this street.

Héctor: Two Saturday customers asked if we were closing.

Ms. Lindgren turns to Marisol and asks what it has been like for her. Marisol opens her mouth, looks at the table, and shakes her head. Héctor starts to answer for her.]]
      elseif v.owners_mode == "statement" then
        return t .. [[


Ms. Lindgren reads the Ortizes' statement: "Nineteen years on Main Street. Héctor found it at five in the morning and sat in the car. Marisol painted that wall for a whole summer." Marisol has approved one line of her page: "Why my wall?"

Eli listens. Asked what he makes of it, he shrugs and looks away.]]
      end
      return t .. [[


Mr. Whitcomb speaks about rents on Main, shoplifting and "vandals". He says the Ortizes must be devastated. Nobody in the room can say what they actually lost, or what they want.

Eli listens. Asked what he makes of it, he shrugs and looks away.]]
    end,
    notes = [[Silence is not a problem to fix. A silent young person harmed may need permission to pass; a silent person responsible may need a moment and a narrower question. Anger from the people harmed is heard and reflected, not managed away. Then the room turns to what would put things right: the people harmed first, then the person responsible.]],
    choice { "Encourage Marisol warmly but firmly: she came to speak, this is her chance, and Eli needs to hear it from her rather than from her father",
      id = "press-marisol", to = "agreement",
      when = function(v) return v.owners_mode == "present" end,
      score = { voluntary = -2, respect = -1 },
      feedback = [[She came, and she may not be ready. Pressing a silent 17-year-old in front of the person who painted over her work turns her turn into an obligation. Permission to pass is what makes speaking later possible.]],
    },
    choice { "Tell Marisol she can pass or write it down later; reflect back what Rosa and Héctor said; then ask the family what would put things right, and Eli what he can do",
      id = "let-marisol-pass", to = "agreement",
      when = function(v) return v.owners_mode == "present" end,
      score = { victim_voice = 3, respect = 2, voluntary = 1 },
      feedback = [[Marisol keeps control of her own voice, her parents are heard in full, and the room turns to repair in the right order: what the family needs first, then what Eli can do.]],
    },
    choice { "Move on to the agreement: the family has said enough",
      id = "move-on-present", to = "agreement",
      when = function(v) return v.owners_mode == "present" end,
      score = { victim_voice = -2, accountability = -1 },
      feedback = [[It spares everyone a difficult silence, but the family is never asked what they need, and Eli never has to respond to what he heard.]],
    },
    choice { "Tell Eli that a shrug is disrespectful to a family that wrote all this down, and that he needs to answer properly now",
      id = "press-eli", to = "agreement",
      when = function(v) return v.owners_mode ~= "present" end,
      score = { voluntary = -2, respect = -1 },
      feedback = [[A shrug after hearing what you did is often discomfort, not contempt. Demanding an answer gets you a defensive one; a moment and a narrower question get you an honest one.]],
    },
    choice { "Give Eli a moment, then ask what in it stays with him; then ask what would put things right, starting from the family's wishes",
      id = "give-eli-a-moment", to = "agreement",
      when = function(v) return v.owners_mode ~= "present" end,
      score = { victim_voice = 3, respect = 2, voluntary = 1 },
      feedback = [[Silence gets room, the question gets narrower, and the repair starts from what the family asked for, not from what the room guesses. That keeps their voice at the centre even with their chairs empty.]],
    },
    choice { "Move on to the agreement: the statement speaks for itself",
      id = "move-on-absent", to = "agreement",
      when = function(v) return v.owners_mode ~= "present" end,
      score = { victim_voice = -2, accountability = -1 },
      feedback = [[Nothing speaks for itself to someone who has just shrugged. Eli never has to respond to what he heard, and the family's wishes go unasked.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 6. The agreement
  ---------------------------------------------------------------------------
  scene "agreement" {
    title = "What would make it right",
    text = function(v)
      local t = "The family's wishes are clear: the $1,150 (brick cleaning $650, paint and supplies for the mural $300, the sign $200), the wall restored, and an answer to Marisol's question: why her wall?"
      if v.owners_mode == "skipped" then
        t = "Nobody in the room knows what the Ortizes want. Mr. Whitcomb has the $1,150 estimate from the police report."
      end
      if v.eli_shut_down then
        t = t .. "\n\nEli says he'll do whatever they say."
      else
        t = t .. "\n\nEli earns about $2,600 a month as a line cook. He offers to pay and to help clean the wall."
      end
      return t .. [[


Mr. Whitcomb: He should stand outside the bakery on a Saturday morning with a sign that says "I vandalized this bakery", and we'll run his photo in the association newsletter. Plus 120 hours picking up litter on Main.

Ms. Lindgren turns to you to draft the terms.]]
    end,
    notes = [[Good terms are specific (who, what, by when), matched to the harm and to what the person can do, and followed up. Public shaming is not repair: a sign outside the bakery would also put the family's shop at the centre of a spectacle they did not ask for.]],
    questions = {
      "What would the Saturday sign do to the Ortizes, not only to Eli?",
      "How would you say no to Mr. Whitcomb while still taking the neighbourhood seriously?",
    },
    choice { "Write in Mr. Whitcomb's ideas, since he speaks for the neighbourhood: a sign outside the bakery one Saturday morning, his photo in the association newsletter, and 120 hours of litter pick-up on Main",
      id = "degrading-terms", to = "month_three",
      violation = "degrading_terms",
      set = { terms = "degrading" },
      score = { repair = -3, respect = -3, least_intrusive = -3 },
      feedback = [[A sign and a newsletter photo are public humiliation, not repair, and 120 hours is out of proportion to a $1,150 wall. They also turn the Ortizes' bakery into the stage for a spectacle. Obligations must be reasonable and proportionate.]],
    },
    choice { "Keep it simple: \"Eli will pay for the damage.\"",
      id = "vague-terms", to = "month_three",
      set = { terms = "vague" },
      score = { repair = -2, accountability = -1, victim_voice = -1, least_intrusive = 1 },
      feedback = [[Light-touch, but it has no amount, no schedule and nothing about the mural or Marisol's question. Nobody can check it, and Eli gets no clear way to show he has put it right.]],
    },
    choice { "Draft specific terms: $1,150 in six monthly payments; help clean the wall if the family wants; 16 clean-up hours; a letter answering Marisol within three weeks; monthly check-ins; the family approves it",
      id = "specific-terms", to = "month_three",
      set = { terms = "specific" },
      score = { repair = 3, accountability = 2, victim_voice = 2, least_intrusive = 1 },
      feedback = [[Each term answers something the family asked for, says who does what by when, and can be checked. The payments fit a line cook's wage, the service is related to the harm, and the family's approval keeps the repair theirs.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 7. Monitoring
  ---------------------------------------------------------------------------
  scene "month_three" {
    title = "Month three",
    text = function(v)
      if v.terms == "degrading" then
        return [[The Saturday with the sign happened in month one. Someone filmed Eli outside the bakery and posted it; the comments turned on the bakery as much as on him, and two regulars told Rosa it made the place look mean. Marisol was at the counter that morning and has asked not to work Saturdays.

Eli has paid $380. He has stopped answering Ms. Walsh since the video. The newsletter photo is due next week.]]
      elseif v.terms == "vague" then
        return [[Ms. Walsh has nothing to check. Eli paid $200 once, in the first month; he says nobody told him how much or when. The mural is still half-covered in grey primer.

Rosa has called twice to ask whether anything is happening.]]
      end
      local t = [[Eli wrote his letter in week two; Rosa says Marisol read it and put it in her sketchbook. He made the first two payments, helped the cleaning crew on a Saturday, and has done his 16 hours.

Then the brewpub where he cooks cut his shifts for the slow season. He missed the third payment and told Ms. Walsh a week later.]]
      if v.supervised and not v.housing_help then
        -- the supervision the screen did not call for
        t = t .. " She has also logged two breaches of his 10 p.m. curfew: on both nights he had closed the kitchen and got home at 10:25."
      end
      return t .. [[


Mr. Whitcomb emails: "Heard he's behind. Make an example of him."

Héctor tells Ms. Walsh the money matters, but he would rather get it late than not at all.]]
    end,
    notes = [[Follow-up keeps an agreement workable. A shortfall caused by hardship is a reason to adjust the plan with the people harmed, not a breach to punish. Terms that turn out to be harmful can be revisited with everyone's agreement. A trainee who put Eli on the supervised track against the screen now sees curfew breaches that the supervision itself created.]],
    questions = {
      "Who should have a say in changing the payment plan?",
    },
    choice { "End diversion: file the charge and ask for a short jail term, since he broke the agreement he signed and others on Main Street are watching",
      id = "file-and-jail", to = "punished-after",
      when = function(v) return v.terms == "specific" end,
      violation = "punished_after_agreement",
      set = { breach = "shortfall" },
      score = { least_intrusive = -3, due_process = -2, repair = -2 },
      feedback = [[Most of the agreement is done, and the shortfall comes from a cut in shifts he reported himself. Asking for jail treats a hardship as a new offence, goes against what Héctor asked for, and stops the payments the family is owed.]],
    },
    choice { "With the Ortizes' agreement, spread the rest over more months, extend monitoring to match, and keep the check-ins",
      id = "extend-payments", to = "completion",
      when = function(v) return v.terms == "specific" end,
      set = { extended = true },
      score = { repair = 3, victim_voice = 2, least_intrusive = 1, accountability = 1 },
      feedback = [[The shortfall comes from hardship, and Eli reported it. Adjusting the plan with the family, as Héctor suggested, keeps the repair real and lets Eli finish what he started.]],
    },
    choice { "Waive the rest and close the case now: he has clearly tried, and the family has been through enough without another meeting about money",
      id = "waive-rest", to = "completion",
      when = function(v) return v.terms == "specific" end,
      set = { waived = true },
      score = { least_intrusive = 1, victim_voice = -2, repair = -2 },
      feedback = [[Generous to Eli and quick, but it settles the family's money without asking them. Héctor said the money matters; giving it up is his decision, not yours.]],
    },
    choice { "With everyone's agreement, drop the photo and replace what is left with specific terms: the rest of the money in instalments, the letter, clean-up hours, check-ins",
      id = "revise-degrading", to = "completion",
      when = function(v) return v.terms == "degrading" end,
      set = { terms = "revised" },
      score = { repair = 2, respect = 2, victim_voice = 1 },
      feedback = [[Good recovery. The public terms were hurting the family they were meant to serve and had driven Eli away. Replacing them, with everyone's agreement, makes the agreement about repair again.]],
    },
    choice { "Hold him to every term he signed: the photo runs as agreed, and if he does not re-engage with Ms. Walsh within two weeks, file the charge",
      id = "hold-to-terms", to = "reharmed",
      when = function(v) return v.terms == "degrading" end,
      set = { harm_cause = "shaming" },
      score = { respect = -3, victim_voice = -2, repair = -2 },
      feedback = [[The family has told you what the public terms are doing to them. Insisting puts the paperwork above the people harmed and spreads the shaming further.]],
    },
    choice { "With everyone's agreement, meet briefly to set specific terms: the rest in monthly instalments, the letter, clean-up hours, monthly check-ins",
      id = "revise-vague", to = "completion",
      when = function(v) return v.terms == "vague" end,
      set = { terms = "revised" },
      score = { repair = 2, accountability = 2, victim_voice = 1 },
      feedback = [[Good recovery. Specific terms give Eli a way to put things right and give Ms. Walsh something to follow up; Rosa finally gets an answer.]],
    },
    choice { "Leave it as written: the family has had something, and if he stays out of trouble for six months, close the case as agreed",
      id = "leave-vague", to = "hollow",
      when = function(v) return v.terms == "vague" end,
      score = { repair = -2, victim_voice = -2, accountability = -2 },
      feedback = [[Staying out of trouble is not repair. The family is asking what is happening and the answer is nothing; the case will close without the wall, the money or Marisol's question being dealt with.]],
    },
  },

  scene "completion" {
    title = "Closing the case",
    text = function(v)
      local t
      if v.waived then
        t = "Ms. Walsh's closing report: Eli paid $380 before you waived the rest. The letter, the clean-up hours and the check-ins are done."
      elseif v.extended then
        t = "Month eight. Ms. Walsh's closing report: Eli has paid the full $1,150, in smaller payments after his shifts were cut. The letter, the clean-up hours and the check-ins are done. Marisol has repainted the mural."
        if v.owners_mode == "present" then
          t = t .. " The family asked Eli to help; he carried the ladders."
        end
      else
        t = "Month seven. Ms. Walsh's closing report: under the revised terms Eli has paid the full $1,150 and done everything else the agreement asked."
      end
      t = t .. [[


Officer Ferreira calls. There is a new tag on a dumpster two blocks away: different colours, different lettering, no witnesses.

Officer Ferreira: Diversion clearly didn't stick. File the bakery case.]]
      if v.filed then
        return t .. "\n\nThe agreement says the filed charge will be dismissed on completion."
      end
      return t .. "\n\nThe agreement says no charge will be filed on completion."
    end,
    notes = [[Completion is the point at which the office keeps its side. A new incident is a new investigation, on its own evidence; it does not reopen a completed agreement.]],
    choice { "Keep the agreement: close the bakery case, send closing letters to Eli and the Ortizes, and treat the new tag as a new investigation",
      id = "close-as-promised", to = "no-charge",
      score = { due_process = 3, repair = 1, voluntary = 1 },
      feedback = [[This is the promise kept. Eli did what he agreed to, and completion means what the agreement said. Officer Ferreira keeps every ordinary tool for the new tag; he cannot use a completed agreement as one.]],
    },
    choice { "Go ahead with the bakery case after all: the new tag looks like his crew's work, diversion was a second chance, and it suggests the second chance did not work",
      id = "file-after-completion", to = "punished-after",
      violation = "punished_after_agreement",
      set = { breach = "refiled" },
      score = { due_process = -3, least_intrusive = -3 },
      feedback = [[The agreement is completed, and nothing links Eli to the new tag. Prosecuting the bakery case now punishes him for a promise he kept and tells every future participant that completion may count for nothing.]],
    },
    choice { "Hold the file open another six months before closing it, in case more tags turn up and the two turn out to be connected",
      id = "hold-file-open", to = "punished-after",
      violation = "punished_after_agreement",
      set = { breach = "held" },
      score = { least_intrusive = -2, due_process = -2 },
      feedback = [[Keeping a completed case alive "in case" adds a sanction nobody agreed to. Eli kept his side; the office has to keep its side too.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "no-charge" {
    title = "No charge, and a repainted wall",
    text = function(v)
      local t
      if v.filed then
        t = "The court dismisses the charge against Eli Novak. The short court record from the weeks before diversion is still there."
      else
        t = "The case is closed without a charge ever being filed. Eli Novak has no criminal record."
      end
      if v.owners_mode == "skipped" then
        t = t .. "\n\nThe Ortizes learn about the conference from a neighbour. Rosa asks Ms. Walsh why nobody asked them."
      elseif v.waived then
        t = t .. "\n\nHéctor tells Ms. Walsh he wishes someone had asked him before the rest of the money was written off."
      else
        t = t .. "\n\nMarisol's new mural has a small silver star in one corner. She hasn't told anyone why."
      end
      if v.housing_help then
        t = t .. " Eli has a room of his own now, through the housing help his case manager arranged."
      end
      if v.net_widened then
        t = t .. "\n\nCody's and Ava's diversion files, opened on no evidence, are still on the system."
      end
      return t
    end,
    outcome = {
      victim = "The Ortizes chose how to take part, had Marisol's question answered and their wall restored, and were repaid as far as the agreement was kept.",
      accused = "Eli repaired the harm he did and has no conviction; nothing he said in the conference was used against him.",
      community = "Main Street saw vandalism answered with repair rather than a court record, with the neighbourhood's voice in the room and no one shamed.",
    },
    debrief = [[This is what pre-file diversion with a restorative arm is for: a case the office would charge; a track matched to what the screen found; the people harmed choosing how to take part; acknowledgement settled in preparation; a conference that stops shaming without silencing the community; specific, proportionate terms; a payment plan adjusted with the family when hardship hit; and a promise kept when an unrelated tag turned up.]],
  },

  ending "court-fine" {
    title = "A fine and a cheque",
    text = [[Eli pleads guilty to criminal mischief. He is fined, ordered to pay restitution and given a conviction. Months later the Ortizes receive a cheque from the court registry.

Marisol paints over the grey primer herself. Nobody ever answers her question, and Eli never learns whose wall it was.]],
    outcome = {
      victim = "The Ortizes are eventually repaid, but nobody asked them anything, and Marisol's question goes unanswered.",
      accused = "Eli has a conviction for a first offence that could have been repaired directly, and no support for what lay behind it.",
      community = "The law was applied, but a case the Center was built for went through court, and the neighbourhood was never part of the answer.",
    },
    debrief = [[Filing and a fine were lawful. The point is what was lost: a first-time adult gets a record for harm he could have repaired face to face, and the family who were hurt have no voice in the outcome. The least intrusive response that still holds someone to account was available before filing, and even after it.]],
  },

  ending "reharmed" {
    title = "The family is hurt again",
    text = function(v)
      if v.harm_cause == "pressured" then
        return [[Héctor sits through Eli's account in silence, then stands up halfway through Mr. Whitcomb's speech and goes back to the bakery. He tells Rosa the DA "made him sit with the vandal". The family stops answering the Center's calls, and Eli's diversion stalls without an agreement.]]
      elseif v.harm_cause == "denial" then
        return [[The family's side describes the mural. Eli shakes his head: "Wasn't me." The meeting ends in raised voices. Rosa tells Ms. Lindgren the conference was worse than the graffiti, because this time officials sat there while he denied it.]]
      end
      return [[The newsletter runs the photo. The comments spread to the bakery's own page, and some are about the family. Eli stops all contact with the Center and the case is filed. Marisol asks her parents to take the mural down.]]
    end,
    outcome = {
      victim = "The Ortizes are harmed again by a process meant to help them, and trust the office less than before.",
      accused = "Eli leaves without repairing anything, shamed or never brought to face what he did.",
      community = "Main Street sees a restorative process that humiliated people or let a denial stand, and the next family will be slower to say yes.",
    },
    debrief = [[Restorative processes can hurt the people they are meant to help when safeguards slip: a yes given because the family thought they had to, a conference held while the central fact is denied, or terms built to humiliate. Each was visible beforehand. The facilitator's job is to stop and change course when the people harmed are at risk of being hurt again.]],
  },

  ending "returned-fair" {
    title = "Back for an ordinary decision",
    text = function(v)
      local t = "You end the conference gently. The family's side is told plainly that Eli could not accept what the footage shows, and that this is why it stopped. "
      if v.filed then
        t = t .. "The case goes back on the court calendar on the original charge."
      else
        t = t .. "The case returns to your office, and you file criminal mischief at the level the evidence supports."
      end
      return t .. " You ask for nothing harsher, and nothing said in preparation or the conference goes into the file."
    end,
    outcome = {
      victim = "The Ortizes are told honestly why the meeting ended, and the case goes on through the ordinary process.",
      accused = "Eli faces the ordinary charge, no worse off for having tried diversion.",
      community = "The Center's rules hold even when a case fails, so people can keep trusting them.",
    },
    debrief = [[When the person responsible cannot accept the basic facts, a conference cannot go on, and the case returns to the ordinary process without delay and without a penalty for having tried. The better moment to find this out was preparation, with the footage, before the family came into the room.]],
  },

  ending "punished-after" {
    title = "Punished after the agreement",
    text = function(v)
      if v.breach == "shortfall" then
        return [[You end diversion and ask for jail. At the hearing Eli's lawyer shows that he paid two instalments, did his hours, wrote his letter and reported the cut in his shifts himself, and reads out Héctor's wish to be paid late rather than not at all. The judge asks why your office is seeking more than it would have sought at the start. The payments stop.]]
      elseif v.breach == "held" then
        return [[The file stays open. Eli, who completed everything, is told his case is "under review". His lawyer writes to your office asking what more he could have done. The Ortizes, told the case was finished, hear otherwise from Mr. Whitcomb.]]
      end
      return [[You go ahead with the bakery case. Eli's lawyer moves to dismiss, showing every term performed and nothing linking Eli to the new tag. The judge asks why the office will not keep its word. The Ortizes, who approved the agreement, are asked to testify about a wall that is already repainted.]]
    end,
    outcome = {
      victim = "The family's agreement, and their own wishes about it, are set aside, and they are pulled back into a case they thought was finished.",
      accused = "Eli is treated more harshly for having tried, or for having finished, than if he had gone straight to court.",
      community = "People offered diversion, and their lawyers, learn that the office's promises are conditional, and fewer will take the offer.",
    },
    debrief = [[A shortfall driven by hardship is a reason to adjust the plan, not a new offence; a completed agreement means what it said. Filing, asking for more, or holding a closed case open because of an unproven new incident punishes participation and teaches every future participant that completion may count for nothing.]],
  },

  ending "repair-without-meeting" {
    title = "Repaid, but not heard",
    text = function(v)
      if v.end_reason == "withdrew" then
        return [[In the corridor Héctor says he would rather not be there, and thanks you for asking. The family sends a short statement instead. Eli completes diversion with restitution and clean-up hours set by Ms. Walsh, and no charge is filed. It should have been the family's choice from the first letter.]]
      end
      return [[Eli pays the $1,150 by mail and completes an online class. No charge is filed. The Ortizes receive a cheque and a form letter. Nobody asks them what they needed, and Marisol's question goes unanswered.]]
    end,
    outcome = {
      victim = "The Ortizes are repaid, but their part in the process is a form or a statement; whatever they needed beyond the money is never explored.",
      accused = "Eli avoids a record, but never meets the people his tag affected.",
      community = "The case is closed quietly; the neighbourhood has no part in it.",
    },
    debrief = [[Not every case needs a meeting, and when the people harmed do not want one, their choice ends it. But a conference should not be skipped for the office's convenience, and a family should never arrive at one believing they had no choice. The restorative arm exists to give the people harmed a voice, whether they use it face to face, in writing, or not at all.]],
  },

  ending "hollow" {
    title = "Closed, with nothing repaired",
    text = [[Six months pass without a new arrest, and the case is closed without a charge. Eli paid $200. The mural is still half grey. Nobody answered Marisol's question.

Rosa asks Ms. Lindgren what the meeting was for.]],
    outcome = {
      victim = "The Ortizes told their story, but their wall, their money and Marisol's question were left where they were.",
      accused = "Eli avoided a record without ever being asked to put things right.",
      community = "To Main Street, diversion looks like a way of letting vandals off.",
    },
    debrief = [[An agreement is only as good as its terms. "Pay for the damage" has no amount, no schedule and nothing to follow up. Vague terms fail everyone: the family is not repaired, and Eli never gets a clear way to show he has made things right.]],
  },
}
