-- The Bakery Wall: a prosecutor scenario modelled on the Boulder County (Colorado) District
-- Attorney's Center for Prevention and Restorative Justice: in-house diversion before filing
-- (or after filing, before a plea), a screen that sets an unsupervised or supervised track,
-- a restorative arm such as community group conferencing, and dismissal on completion.
-- Premise 4 in shared/reference/restorative-practice.md B.7; program design from B.5.
-- The deputy DA screens, refers, approves terms, monitors and decides; the Center's
-- facilitator runs the conference and the deputy is not in the room.
-- Net-widening is taught as a "prevention" referral: the neighborhood wants a teenager with
-- no chargeable offense sent through the program before he does anything.

return scenario {
  id = "boulder-graffiti",
  version = 2,
  title = "The Bakery Wall",
  role = "prosecutor",
  summary = [[A 22-year-old spray-paints his tag across a family bakery in Longmont, Colorado, and over the mural the owners' daughter painted. As the deputy district attorney, you decide whether to divert before filing, what the neighbors' association may ask of the program, which track fits him, and which terms the office approves. The Center's facilitator runs the conference; you answer for what the office promises.]],
  minutes = 20,
  modelled_on = "Boulder County (Colorado) District Attorney's Office, Center for Prevention and Restorative Justice: pre-file diversion with community group conferencing",
  speakers = { "Officer Ferreira", "Mr. Aguilar", "Ms. Walsh", "Ms. Lindgren", "Eli", "Rosa", "Héctor", "Marisol",
    "Mr. Whitcomb" },
  figures = {
    {
      text = "In surveys of the Boulder County District Attorney's restorative justice work, 99% of victims and community members and 95% of defendants said they were satisfied, and 100% of participating victims said the process met their needs (program-reported survey).",
      source = "Restorative Justice Colorado, program page for the Boulder County District Attorney's Center for Prevention and Restorative Justice (rjcolorado.org)",
    },
    {
      text = "Canberra's RISE experiments found that conferences lowered violent reoffending among young violent offenders, but found no difference for property crime or shoplifting. Offenders and victims rated conferences fairer than court.",
      source = "Canberra Reintegrative Shaming Experiments (RISE); rated 'Promising' by CrimeSolutions (U.S. Office of Justice Programs), crimesolutions.ojp.gov",
    },
    {
      text = "A 2023 meta-analysis of restorative justice for adults (27 studies, 34 samples) found a small fall in general reoffending and none in violent reoffending, with higher satisfaction, procedural justice and accountability reported by victims and participants.",
      source = "Criminology & Criminal Justice (2023), DOI 10.1177/17488958231215228",
    },
  },

  vars = {
    filed = false,           -- the charge was filed before diversion
    letter_first = false,    -- Eli was asked for a written admission before legal advice
    tyler = false,           -- a 16-year-old with no case was sent into the program
    supervised = false,      -- Eli is on the supervised track
    family_asked = false,    -- the conference was added because the family asked for it
    pressured = false,       -- the family was told they were expected to take part
    stand_in = false,        -- the office's letter put Mr. Whitcomb in the family's place
    pushed = false,          -- the family came on a reluctant yes the office kept
    denial_held = false,
    denied = false,          -- the conference went ahead while Eli denied the mural     -- the conference date was held until Eli accepted the footage
    threatened = false,      -- Eli was told walking out means filing
    whitcomb_out = false,    -- the deputy had the community member removed
    heavy = false,           -- the office approved 40 hours for the association
    community_term = false,  -- the one Saturday with the association was approved
    reviewed = "none",       -- "filed" when diversion was terminated at month three
  },

  start = "intake",

  ---------------------------------------------------------------------------
  -- 1. Divert before filing
  ---------------------------------------------------------------------------
  scene "intake" {
    title = "Tuesday, Boulder County Justice Center",
    text = [[You are a deputy district attorney in Boulder County, Colorado. Your office's Center for Prevention and Restorative Justice runs diversion in-house, before or after a charge is filed.

Longmont police report: at 2:10 a.m. on a Sunday, Eli Novak, 22, spray-painted "NOVA" in four-foot letters across the front of Panadería Ortiz on Main Street, and over the mural on its side wall that Marisol Ortiz, 17, painted last summer. The camera shows his face. Cleaning and repainting: $1,150. He has no record.

Héctor Ortiz told Officer Ferreira he wants "a real case, not a program".]],
    notes = [[The Center diverts adults and juveniles who take responsibility, before filing or after filing but before a plea, and the case is dismissed on completion. Taking responsibility should follow legal advice, not come before it. Criminal mischief for $1,000 to $2,000 of damage is a misdemeanor in Colorado [verify the current value bands].]],
    questions = {
      "What does diverting before filing spare Eli that diverting after filing does not?",
      "How much should Héctor's wish for 'a real case' decide the route?",
    },
    choice { "File criminal mischief, as Héctor asked, and let his lawyer seek diversion after filing, before any plea",
      id = "file-first", to = "tyler",
      set = { filed = true },
      score = { victim_voice = 1, due_process = 1, least_intrusive = -2 },
      feedback = [[Lawful, and it honours what Héctor asked. Diversion after filing still ends in dismissal. But Eli now has a public court case that pre-file diversion would have spared him: you gained the family's wish and lost the least intrusive route.]],
    },
    choice { "Offer pre-file diversion in writing, and give him two weeks to talk to a lawyer before he answers",
      id = "offer-pre-file", to = "tyler",
      score = { least_intrusive = 2, due_process = 2, victim_voice = -1 },
      feedback = [[The footage makes this a case you would file, so diversion is a real alternative, and before filing it spares him a court record. The time to get advice makes his acceptance of responsibility an informed one. The cost: Héctor asked for a real case and does not get one, at least not yet.]],
    },
    choice { "Offer diversion once he writes the family a letter admitting both walls, so the Center knows he means it",
      id = "letter-first", to = "tyler",
      violation = "admission_before_counsel",
      set = { letter_first = true },
      score = { due_process = -3, voluntary = -2, least_intrusive = -2, victim_voice = -1 },
      feedback = [[A written admission, demanded before he has had legal advice, as the price of the offer, is exactly what the safeguard forbids. Whether he takes responsibility is for him to decide with counsel, and for the facilitator's preparation to explore.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. The neighbors want a prevention referral
  ---------------------------------------------------------------------------
  scene "tyler" {
    title = "An email from Main Street",
    text = [[Mr. Whitcomb chairs the Main Street neighbors' association. He writes:

"Two nights after the bakery, an officer stopped Tyler Brandt, 16, on Main with two cans of spray paint in his backpack. He hadn't painted anything. His parents are mortified. Please put him in the same program, or at least in the Ortiz conference, so he sees what this costs a family before he starts. The association is behind you."

Officer Ferreira confirms it: no paint on any wall, no citation, cans bought legally by his father.]],
    notes = [[Net-widening does not only sweep in bystanders. A "prevention" referral, asked for by a worried community, brings someone with no chargeable offense into a DA program: a file, a conference about someone else's harm, and a label. Diversion is for cases the office would otherwise charge.]],
    questions = {
      "What would Tyler's file say, and who would read it later?",
    },
    choice { "Ask Ms. Walsh to call Tyler's parents and offer the Center's youth services, with no file",
      id = "call-parents", to = "screen",
      score = { safety = 1, least_intrusive = -1 },
      feedback = [[Well meant, and it may help a teenager at a loose end. But a call from the DA's office about a boy who broke no law is the office's reach extending past its cases. You gained a chance at prevention and gave up some of the restraint the program depends on.]],
    },
    choice { "Invite Tyler to the Ortiz conference as an observer, with his parents' consent, to hear what it cost",
      id = "invite-tyler", to = "screen",
      violation = "net_widening",
      set = { tyler = true },
      score = { least_intrusive = -3, due_process = -2, respect = -1 },
      feedback = [[His parents' consent does not make him a case. Bringing a 16-year-old with no offense into a DA conference about someone else's harm is net-widening by prevention: it reaches a person the system would have left alone, and it puts the Ortizes' loss to work as a lesson for a stranger.]],
    },
    choice { "Reply that the program takes only cases the office would otherwise charge, and Tyler's is not one",
      id = "decline-tyler", to = "screen",
      score = { least_intrusive = 2, due_process = 1 },
      feedback = [[Right. Nothing Tyler did is a crime the office would charge, so the program has no business with him. The association's worry is real, but the DA's office is not the place for it.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. The screen and the track
  ---------------------------------------------------------------------------
  scene "screen" {
    title = "The intake screen",
    text = function(v)
      local t
      if v.letter_first then
        t = "Eli wrote the letter the day he got your offer, before he saw a lawyer. His public defender, Mr. Aguilar, asks that the Center hold it unread and keep it out of every file; after his advice, Eli accepts diversion."
      elseif v.filed then
        t = "Eli is summonsed. His public defender, Mr. Aguilar, asks for diversion before any plea, and Eli accepts it after advice."
      else
        t = "Eli accepts the offer in writing after talking to a public defender."
      end
      return t .. [[ The Center's case manager, Ms. Walsh, screens him.

Her summary: low risk. Steady job as a line cook, no police contact before. But he lost his apartment two weeks before the graffiti, sleeps on friends' couches, and was drinking that night.

Eli: I'm not an addict. I just don't have anywhere to be.

Ms. Walsh asks which track to put him on.]]
    end,
    notes = [[The Center's tracks: unsupervised diversion for lower risk, supervised for higher need or harm, and a mental-health track. The screen matches the response to the person in both directions: no more supervision than the risk needs, and services where the need is real, offered rather than imposed.]],
    choice { "Unsupervised track, no conference: restitution by mail and an online class will cover a $1,150 wall",
      id = "paper-only", to = "family_asks",
      score = { least_intrusive = 2, victim_voice = -2, accountability = -2, repair = -1 },
      feedback = [[The lightest response, but the restorative arm is the part that deals with the harm: without it nobody asks the Ortizes what they need, the mural is left to a check in the mail, and Eli never hears what it meant.]],
    },
    choice { "Supervised track: monthly check-ins, alcohol testing and a curfew, since he was drinking at 2 a.m.",
      id = "supervise", to = "invitation",
      set = { supervised = true },
      score = { safety = 2, least_intrusive = -2 },
      feedback = [[Defensible: the drinking is real, and testing and a curfew answer it directly. But the screen says low risk, and supervision he does not need creates more ways to fail (a late shift, a missed test). You gained monitoring and lost proportion.]],
    },
    choice { "Unsupervised track with the conference, plus a housing referral that he is free to take or to leave",
      id = "unsupervised-rj", to = "invitation",
      score = { least_intrusive = 1, accountability = 1, victim_voice = 1 },
      feedback = [[It matches the screen: light supervision for a low risk, help offered for the need it found, and the conference so the family can be heard. It leaves the drinking to his choice, which is its risk.]],
    },
  },

  scene "family_asks" {
    title = "A call from the bakery",
    text = [[Ms. Lindgren, the Center's restorative justice facilitator, calls.

Ms. Lindgren: Rosa Ortiz phoned me. She heard about the program from a neighbor and asked why nobody has asked the family anything. Marisol wants to know why he picked her wall. Do you want me to offer them a conference after all?]],
    choice { "No: the track is set, and a letter from Eli can answer Marisol's question just as well",
      id = "keep-paper", to = "paper-ending",
      score = { victim_voice = -2, respect = -1 },
      feedback = [[The family asked a question and asked to be part of it; a letter they had no say in is not an answer to that.]],
    },
    choice { "Yes: add the restorative arm, and let Ms. Lindgren explain every option to the family, including none",
      id = "add-conference", to = "invitation",
      set = { family_asked = true },
      score = { victim_voice = 2, accountability = 1, least_intrusive = -1 },
      feedback = [[A good recovery. The family asked to be heard, and the program has the means. It asks a little more of Eli, which is the point.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4. Inviting the family
  ---------------------------------------------------------------------------
  scene "invitation" {
    title = "The invitation",
    text = function(v)
      local t = ""
      if v.family_asked then
        t = "The family asked for this themselves; the office has not yet written to them. "
      end
      return t .. [[Ms. Lindgren will invite the Ortizes. Rosa told the police she was heartbroken about the mural; Héctor wanted a real case; Marisol has said nothing. The bakery opens at 5 a.m., six days a week.

Your office's diversion coordinator wants the conference booked this month: the Center's numbers go to the county commissioners in June.

Ms. Lindgren asks what the office's letter to the family should say.]]
    end,
    notes = [[The people harmed decide whether and how they take part: face to face, through a statement, or not at all. Marisol is 17, so her parents' permission is needed as well as her own choice. The invitation comes from the facilitator; the office's letter only explains what the case means for them.]],
    choice { "That the case goes on whatever they decide, Ms. Lindgren will explain the options, and no answer is wrong",
      id = "no-wrong-answer", to = "prep",
      score = { voluntary = 2, victim_voice = 1 },
      feedback = [[The family learns that saying no costs them nothing, which is what makes a yes worth having. It may take longer to book, and the coordinator will have to wait.]],
    },
    choice { "That a conference date is set for the 20th, that the business is expected to take part, and thanks",
      id = "expected", to = "reluctant",
      set = { pressured = true },
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [[Efficient, and it gets the date in before June. But "expected" tells a small business owner the decision is made, and a yes given to the DA's letter is not free consent.]],
    },
    choice { "That Mr. Whitcomb will speak for Main Street at the conference, so the family need not close the shop",
      id = "whitcomb-for-family", to = "reluctant",
      violation = "no_victim_consent",
      set = { pressured = true, stand_in = true },
      score = { voluntary = -2, victim_voice = -2, respect = -1 },
      feedback = [[Meant kindly, but it plans a conference about the Ortizes' harm without asking them, with a neighbor in their place. A community member can add the street's view; he cannot consent for the family.]],
    },
  },

  scene "reluctant" {
    title = "A reluctant yes",
    text = function(v)
      local t = [[Héctor calls Ms. Lindgren.

Héctor: If the DA says we have to, we'll come. I'm not bringing my daughter, and I can't close the shop for long.]]
      if v.stand_in then
        t = t .. " And Whitcomb doesn't speak for us."
      end
      return t .. [[


Ms. Lindgren tells you nobody has told the family they could say no. The coordinator reminds you the 20th is booked.]]
    end,
    choice { "Keep the 20th: he has said they will come, and another letter would only take more of his time",
      id = "keep-yes", to = "prep",
      violation = "no_victim_consent",
      set = { pushed = true },
      score = { voluntary = -2, victim_voice = -2, respect = -1 },
      feedback = [["If the DA says we have to" is compliance, not consent. Holding the conference on it brings Héctor to a table he believes he was ordered to.]],
    },
    choice { "Write to him yourself that nothing is expected, and ask if Ms. Lindgren may visit to explain",
      id = "correct-it", to = "prep",
      score = { voluntary = 2, victim_voice = 1 },
      feedback = [[Good recovery. Saying plainly that nothing is expected, in the office's own name, turns an order back into a choice. The 20th may be lost; the family's trust is not.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 5. Preparation: a partial denial
  ---------------------------------------------------------------------------
  scene "prep" {
    title = "Ms. Lindgren's preparation",
    text = function(v)
      local t
      if v.pushed then
        t = [[Héctor will come alone on the 20th. Rosa and Marisol will not. Mr. Whitcomb will be there for the neighbors.]]
      elseif v.pressured then
        t = [[After your letter and Ms. Lindgren's visit, the Ortizes say yes, Marisol included, with her parents' permission. They asked for a later date.]]
      else
        t = [[After Ms. Lindgren's visit, the Ortizes say yes, Marisol included, with her parents' permission. Mr. Whitcomb will come for the neighbors, with the family's agreement.]]
      end
      return t .. [[


Then Ms. Lindgren meets Eli.

Eli: The front, yeah, that was me. The mural wasn't. Somebody must have hit it after.

The camera shows him painting across the mural for four minutes. The conference is set for Saturday.]]
    end,
    notes = [[The Center takes people who take responsibility, and a conference assumes the basic facts are accepted. "The mural wasn't me" denies the part of the harm that hurt Marisol most. The deputy decides whether the case stays in the program; the facilitator works it through in preparation.]],
    questions = {
      "What would Marisol hear on Saturday if he said this there?",
    },
    choice { "Go ahead on Saturday: he admits the front, most of the damage, and the family will bring out the rest",
      id = "go-ahead", to = "conference",
      violation = "responsibility_denied",
      set = { denied = true },
      score = { accountability = -2, safety = -1, victim_voice = -1 },
      feedback = [[He denies the part of the harm that is Marisol's. Going ahead risks her hearing, across the table, that what the camera shows did not happen.]],
    },
    choice { "Hold the date until Ms. Lindgren and Mr. Aguilar have gone through the footage with him",
      id = "hold-date", to = "conference",
      set = { denial_held = true },
      score = { accountability = 2, safety = 1, victim_voice = -1 },
      feedback = [[Right, and it costs the family: the Saturday they arranged is moved, and the coordinator's June numbers slip. Facing the footage in preparation, with his lawyer, is fairer to Eli and spares the Ortizes a denial in the room.]],
    },
    choice { "Take it as a refusal of responsibility: return the case for filing, as the program's rules say",
      id = "return-for-filing", to = "filed-ending",
      score = { least_intrusive = -2, accountability = -1, victim_voice = -1 },
      feedback = [[The rule is real, but a first denial in preparation is where the work starts, not where it ends. Filing now loses the family's conference over something the footage could settle in an afternoon.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 6. The conference: the deputy is not in the room
  ---------------------------------------------------------------------------
  scene "conference" {
    title = "Saturday, the Longmont library",
    text = function(v)
      local t = ""
      if v.denial_held then
        t = "Two weeks late, and after watching the footage with Mr. Aguilar, Eli told Ms. Lindgren: \"It was both. I knew it was a painting.\" "
      end
      t = t .. [[You are not in the room: Ms. Lindgren facilitates with a trained community volunteer. At 11:20 she calls you from the hallway.

Ms. Lindgren: Mr. Whitcomb told Eli that people like him are killing Main Street. Eli walked out. He's in the stairwell asking whether, if he leaves, you file on Monday. What do I tell him?]]
      if v.denied then
        if v.pushed then
          t = t .. "\n\nEarlier Eli told the room the mural wasn't him. Héctor put a still from the camera on the table and has not spoken since."
        else
          t = t .. "\n\nEarlier Eli told the room the mural wasn't him. Marisol went out with her mother and has not come back."
        end
      end
      if v.pushed then
        t = t .. "\n\nShe adds that Héctor has checked his watch since the start and asked her, \"Did I have a choice?\""
      end
      if v.tyler then
        t = t .. "\n\nTyler Brandt sat through it beside his mother, staring at the floor."
      end
      return t
    end,
    notes = [[The facilitator runs the room; the deputy answers only for what the office will do. The honest answer to "do you file if I leave?" is the promise of every diversion program: leaving returns the case to the ordinary process, no harsher, and nothing said is used.]],
    choice { "Tell her to tell him the truth: if he leaves, the case comes back to you as before, no harsher",
      id = "truth", to = "terms",
      score = { voluntary = 2, due_process = 1 },
      feedback = [[The truth, and a free choice. Ms. Lindgren runs the room; knowing that leaving costs him nothing extra, Eli comes back in after ten minutes. Whether Mr. Whitcomb stays is hers to handle.]],
    },
    choice { "Tell her to ask Mr. Whitcomb to leave, so Eli comes back to a room that will not shame him",
      id = "remove-whitcomb", to = "terms",
      set = { whitcomb_out = true },
      score = { safety = 1, victim_voice = -1, voluntary = -1 },
      feedback = [[It protects Eli from more shaming, which counts. But it is the facilitator's call, not the office's, and it silences the neighbors without a word from the family. Eli also never gets his question answered.]],
    },
    choice { "Tell her to tell him that walking out ends diversion, and the office files on Monday",
      id = "threaten", to = "terms",
      violation = "coerced_accused",
      set = { threatened = true },
      score = { voluntary = -3, due_process = -2, respect = -1, safety = -1, victim_voice = -1 },
      feedback = [[He was promised he could stop without penalty. Using the charge to keep him in his seat is coercion: he comes back, but what he says next is said to avoid court, not to the people he hurt.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 7. Terms: the community's voice and the least intrusive response
  ---------------------------------------------------------------------------
  scene "terms" {
    title = "The draft agreement",
    text = function(v)
      local t
      if v.threatened then
        t = "Eli came back and said yes to everything without looking up. "
      elseif v.whitcomb_out then
        t = "Mr. Whitcomb left; Eli came back, and the family finished without the neighbors. "
      else
        t = "Eli came back after ten minutes. Ms. Lindgren asked Mr. Whitcomb to speak about the street, not about Eli, and he did. "
      end
      t = t .. [[Ms. Lindgren emails the draft for the office's approval. The family asked for: $1,150 in six monthly payments; Marisol to repaint her mural herself, with paint Eli pays for; and a letter answering why her wall.

Eli offered one Saturday of graffiti removal with the association.]]
      if v.whitcomb_out then
        return t .. "\n\nMr. Whitcomb, who left early, has emailed you to ask for 40 hours for the association instead."
      end
      return t .. "\n\nMr. Whitcomb asked the room for 40 hours for the association; Eli said, \"Whatever gets this done.\""
    end,
    notes = [[This is where community group conferencing earns or loses its name. The street was harmed too, and its voice belongs in the agreement; but every hour added is a condition Eli has to keep around his shifts, and the least intrusive response asks for no more than the harm needs.]],
    questions = {
      "Who was harmed by a tag on Main Street besides the Ortizes?",
    },
    choice { "Approve it all, 40 hours included: the street was harmed too, and Eli agreed in front of everyone",
      id = "forty-hours", to = "review",
      set = { heavy = true },
      score = { victim_voice = 1, least_intrusive = -3, repair = -2 },
      feedback = [[The street's voice counts, but Eli offered one Saturday, not 40 hours; a yes to "whatever gets this done" is not a free offer, and 40 hours on top of $1,150 and a line cook's shifts sets the agreement up to slip.]],
    },
    choice { "Approve the family's terms and the one Saturday that Eli offered himself, but not the 40 hours",
      id = "one-saturday", to = "review",
      set = { community_term = true },
      score = { repair = 2, victim_voice = 1, accountability = 1, least_intrusive = -1 },
      feedback = [[The neighbors' voice gets a place in the repair, at the size Eli offered himself. It asks a little more than the family's terms alone, and that is its cost in restraint.]],
    },
    choice { "Approve only the family's terms: the association's street work answers no harm done to them",
      id = "family-only", to = "review",
      score = { least_intrusive = 1, repair = 1 },
      feedback = [[The lightest agreement that repairs what the family lost, and defensible. But his tag was on Main Street, the neighbors came to say so, and Eli himself offered a Saturday: their voice leaves with nothing.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 8. Month three
  ---------------------------------------------------------------------------
  scene "review" {
    title = "Month three",
    text = function(v)
      local t = [[Ms. Walsh's report: the letter went in week two; Rosa says Marisol keeps it in her sketchbook. The mural is half repainted.]]
      if v.heavy then
        t = t .. " Eli has done 12 of the 40 hours and missed two payments: the hours ate his Saturday shifts."
      else
        t = t .. " Eli made two payments, then missed the third when the brewpub cut shifts."
      end
      if v.supervised then
        t = t .. " He has one positive alcohol test, after a staff party."
      end
      return t .. [[


Last weekend he got a city ticket for an open beer in a park. The family told Ms. Walsh they want him to finish. Mr. Whitcomb emails: "Make an example of him."]]
    end,
    notes = [[A missed payment and a minor ticket are the ordinary life of a diversion agreement. The question is whether the response fits: adjust, add support, or return the case to the ordinary process, never harsher than it would have been.]],
    choice { "Terminate diversion, file the charge, and ask for more than the usual sentence: he wasted his chance",
      id = "terminate", to = "punished",
      violation = "punished_after_agreement",
      set = { reviewed = "filed" },
      score = { least_intrusive = -3, repair = -2, victim_voice = -2, due_process = -1, respect = -1 },
      feedback = [[The family wants him to finish. Treating a lapse as a reason for a harsher outcome than he would have faced without the program makes taking part a risk, and it ends the repair halfway.]],
    },
    choice { "Move him to the supervised track, with alcohol monitoring, for the months of diversion that remain",
      id = "step-up", to = "completion",
      when = function(v) return not v.supervised end,
      score = { safety = 1, least_intrusive = -2, repair = 1 },
      feedback = [[Defensible: the ticket and the drinking are real, and supervision is the Center's answer to need. But it turns a missed payment into closer control, and more conditions mean more ways to fail.]],
    },
    choice { "Tighten his supervision: weekly check-ins and daily alcohol tests for the months that remain",
      id = "tighten", to = "completion",
      when = function(v) return v.supervised end,
      score = { safety = 1, least_intrusive = -2, repair = 1 },
      feedback = [[Defensible: the ticket and the drinking are real, and he is already supervised. But it turns a missed payment into closer control, and more conditions mean more ways to fail.]],
    },
    choice { "Leave the park ticket to the city court, agree a new payment date with the family, and keep his track",
      id = "adjust", to = "completion",
      score = { repair = 2, victim_voice = 1, least_intrusive = 1 },
      feedback = [[Proportionate. The family's wish to see it finished decides the pace, the ticket is dealt with where it belongs, and the repair goes on. It leaves his drinking to him, which is its risk.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 9. Completion
  ---------------------------------------------------------------------------
  scene "completion" {
    title = "Month seven",
    text = [[The last payment clears. Marisol has finished repainting her mural, and added a small silver star in one corner.

Officer Ferreira calls: there is a new "NOVA"-style tag on a dumpster two blocks away. No camera, no witness. He asks for the names of the friends Eli said, in the conference, were with him that night.

Ms. Walsh needs the closing decision today.]],
    choice { "Dismiss as promised, and pass on the friends' names: they are not Eli, so his promise is not touched",
      id = "pass-names", to = "names-passed",
      violation = "statements_used",
      score = { due_process = -2, respect = -1 },
      feedback = [[The promise covered everything said in the conference, whoever it was about. Passing the names makes the conference a source for the police, and every future participant will be advised to say less.]],
    },
    choice { "Dismiss as promised; tell Officer Ferreira that what was said in the conference stays there",
      id = "dismiss", to = "dismissed",
      when = function(v) return not (v.pushed or v.denied or v.threatened) end,
      score = { due_process = 2, least_intrusive = 1 },
      feedback = [[Exactly what the office promised. A new tag with no evidence is a new police matter; what Eli said in the conference stays there.]],
    },
    choice { "Dismiss as promised; tell Officer Ferreira that what was said in the conference stays there",
      id = "dismiss-late", to = "hollow",
      when = function(v) return v.pushed or v.denied or v.threatened end,
      score = { due_process = 2, least_intrusive = 1 },
      feedback = [[Exactly what the office promised. A new tag with no evidence is a new police matter; what Eli said in the conference stays there.]],
    },
    choice { "Hold the dismissal for six months of good behavior, in case the new tag turns out to be his",
      id = "hold-dismissal", to = "punished",
      violation = "punished_after_agreement",
      score = { due_process = -2, least_intrusive = -2, respect = -1 },
      feedback = [[He has done everything the agreement asked. Keeping the case open on a suspicion adds a condition after completion, which is exactly what dismissal on completion rules out.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "dismissed" {
    title = "Dismissed, and the wall repainted",
    text = function(v)
      local t = "Ms. Walsh closes the file: "
      if v.filed then
        t = t .. "the filed charge is dismissed, though the public case record remains."
      else
        t = t .. "no charge is ever filed."
      end
      if v.community_term then
        t = t .. " Eli's Saturday with the association cleaned six doorways on Main; Mr. Whitcomb nodded at him at the farmers' market."
      end
      if v.heavy then
        t = t .. " He finished the 40 hours two months late, and nearly lost his job over the Saturdays."
      end
      if v.tyler then
        t = t .. " Tyler's mother asks the office, twice, whether her son now has a record."
      end
      return t .. "\n\nRosa sends the Center a photo of the mural."
    end,
    outcome = {
      victim = "The Ortizes were asked, heard and repaid, and Marisol repainted her own wall.",
      accused = "Eli faced the family, repaired the harm and has no conviction.",
      community = "Main Street saw the harm put right, and the neighbors had a voice in how.",
    },
    debrief = [[This is the Center's model working: diversion before filing for a case the office would charge, a track matched to the screen, a conference run by a facilitator, terms from the people in the room, and dismissal on completion. The hard calls were trade-offs: Héctor's wish for a case against the least intrusive route, the neighbors' voice against restraint, and a lapse met with adjustment rather than control. The program's survey figures are high, but they are program-reported; the case for doing it well rests on what it gave this family.]],
  },

  ending "hollow" {
    title = "Dismissed, but hollow",
    text = function(v)
      local t = "Ms. Walsh closes the file and the money is paid."
      if v.pushed then
        t = t .. " Héctor, who came because he thought he had to, tells her he would not do it again."
      end
      if v.denied then
        t = t .. " Marisol repainted the mural, but she never heard Eli say it was him."
      end
      if v.threatened then
        t = t .. " Mr. Aguilar tells colleagues to warn clients that the office threatens people who walk out."
      end
      if v.tyler then
        t = t .. " Tyler's mother asks the office, twice, whether her son now has a record."
      end
      return t
    end,
    outcome = {
      victim = "The Ortizes are repaid, but the meeting that was meant to give them a voice did not feel like theirs.",
      accused = "Eli has no conviction, and an agreement he kept without ever quite facing the people he hurt.",
      community = "The program's figures look fine; the family and the defense bar know better.",
    },
    debrief = [[The paperwork of diversion can be completed while its substance fails. A family that came on a yes the office pressed for, a conference held over a denial, or an accused held in his seat by a threat all end in dismissal here, and none of them is repair. The safeguards are what make the conference worth holding.]],
  },

  ending "paper-ending" {
    title = "Paid by mail",
    text = [[Eli pays the $1,150 by mail over six months and finishes an online class. The case is dismissed.

Marisol never gets her answer. Rosa tells a neighbor the DA "handled it like a parking ticket".]],
    outcome = {
      victim = "The Ortizes are repaid but never asked what they needed, though they asked to be.",
      accused = "Eli has no record and never hears what the mural meant.",
      community = "The repair happened on paper; Main Street saw none of it.",
    },
    debrief = [[The lightest response is not always the least intrusive one that still repairs the harm. The family asked to be heard and the program had the means; the restorative arm is what turns a payment into repair.]],
  },

  ending "filed-ending" {
    title = "Back to court",
    text = [[You return the case for filing. Eli pleads to criminal mischief and is ordered to pay restitution at $100 a month. He never watches the footage with anyone.

The family gets a letter with a case number. Marisol repaints the mural herself, that summer, with her own money.]],
    outcome = {
      victim = "The Ortizes are repaid slowly, and Marisol's question is never answered.",
      accused = "Eli has a conviction for a harm he was never helped to face.",
      community = "A case the program was built for went to court over a denial an afternoon could have settled.",
    },
    debrief = [[Programs that require responsibility still expect people to arrive at it. A first denial in preparation is work for the facilitator and the defense lawyer, with the footage; returning the case at once trades the family's conference for a rule applied too early.]],
  },

  ending "punished" {
    title = "Punished for taking part",
    text = function(v)
      if v.reviewed == "filed" then
        return [[You file. Mr. Aguilar puts Eli's letter to Marisol, the payments and the family's wish to see him finish before the judge, who asks why the office wants more for a man who took part than for one who never did.]]
      end
      return [[You hold the dismissal open for six months. Mr. Aguilar asks the court to enforce the agreement, putting the payments, the letter and the finished mural before the judge, who asks what more the office wanted from a man who did everything it asked.

Rosa calls Ms. Walsh: "He did everything we asked. Why is it still open?"]]
    end,
    outcome = {
      victim = "The family's wish to see the agreement finished is ignored, and the repair stops halfway or goes sour.",
      accused = "Eli is worse off for having taken part than if he had never been offered diversion.",
      community = "The next person offered diversion, and the next defense lawyer, will think twice.",
    },
    debrief = [[Diversion promises that completion means dismissal and that failure returns the case to the ordinary process, no harsher. A lapse or a suspicion is not a reason to punish the attempt at repair.]],
  },

  ending "names-passed" {
    title = "Dismissed, confidence broken",
    text = [[The case is dismissed. Two weeks later Officer Ferreira questions Eli's friends, who tell him where their names came from. Mr. Aguilar writes to the office and to the Center.

Ms. Lindgren's next two conferences are cancelled: both defendants' lawyers advise them to say nothing about anyone else.]],
    outcome = {
      victim = "The Ortizes are repaid, but the program they trusted now has a name for informing.",
      accused = "Eli kept every term; what he said in confidence was used anyway.",
      community = "Conferences on Main Street get quieter and less honest.",
    },
    debrief = [[Confidentiality covers everything said in the conference, not only what is said about the person whose case it is. A conference that feeds investigations stops producing honest accounts.]],
  },
}
