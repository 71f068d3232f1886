-- The Football Over the Fence: a first, trivial, already-repaired neighbour incident where the
-- right answer is no further action with an informal response, and restraint scores as restraint.
-- Set today in Thames Valley (Banbury): out-of-court resolutions as they now exist (community
-- resolution) and no further action, the successors of the 1998-2001 restorative cautioning
-- evaluated by Hoyle, Young & Hill (2002) (shared/reference/restorative-practice.md, B.5), with
-- the least-intrusive rule of the rubric (NNSC "first do no harm"; UN Basic Principles para 11).
-- Net-widening here is the formal response itself: a record, a referral, a letter or an
-- intelligence entry that draws a 13-year-old and his family into the system for a fence
-- panel they have already replaced. Started from `rjsim new no-further-action`.

return scenario {
  id = "no-further-action",
  version = 1,
  title = "The Football Over the Fence",
  role = "officer",
  summary = [[A 13-year-old in Banbury kicked and cracked his neighbour's fence panel after she kept his football. By the time the report reaches you, he has apologised and he and his father have replaced the panel. As the neighbourhood officer you decide what, if anything, the police should add, with a sergeant who wants a positive outcome and a worried daughter who wants "something on his record".]],
  minutes = 15,
  modelled_on = "Thames Valley Police out-of-court resolutions as they are today (community resolution, or no further action where no formal outcome is needed), the successors of its restorative cautioning (Hoyle, Young & Hill 2002); the least-intrusive principle ('first do no harm', National Network for Safe Communities; UN Basic Principles para 11)",
  speakers = { "Hazel", "Nicola", "Tomasz", "Kacper", "Sgt. Pryce", "Dev" },
  figures = {
    { text = "In the Canberra RISE experiments, conferences significantly lowered violent reoffending by young violent offenders, but made no difference for property crime or shoplifting. Offenders and victims still rated conferences fairer than court.",
      source = "Canberra Reintegrative Shaming Experiments (RISE), rated 'Promising' (one study): crimesolutions.ojp.gov/ratedprograms/canberra-reintegrative-shaming-experiments" },
    { text = "Sherman and Strang's review of 36 direct comparisons found that restorative justice cut repeat offending for some offenders but not all, and their 2004 review also found some tests in which it increased reoffending. Effects vary by offence and population.",
      source = "Sherman & Strang (2007), Restorative Justice: The Evidence (Smith Institute); cebcp.org/evidence-based-policing/the-matrix/individuals/individuals-sherman-and-strang-2004/" },
    { text = "In Thames Valley's restorative cautioning, sessions that kept closest to restorative principles had the best outcomes; facilitators sometimes sidelined participants or asked illegitimate questions.",
      source = "Hoyle, Young & Hill (2002), An evaluation of the implementation and effectiveness of an initiative in restorative cautioning (Joseph Rowntree Foundation)" },
  },
  vars = {
    contact = "none",      -- how you first reached Hazel: "visit", "phone", "form" (took the community resolution form)
    heard = false,         -- you asked Hazel herself what she wants now
    interviewed = false,   -- Kacper was interviewed under caution at the station
    upset = "none",        -- how Kacper was spoken to at home, if wrongly: "alone", "threat"
    formal = "none",       -- the outcome: "none" (no further action), "asb" (with a warning letter), "cr" (community resolution), "second" (a second incident recorded as crime)
    withdrew = false,      -- a prevention referral was made and then withdrawn
    marker = false,        -- an intelligence entry or a word at school now follows Kacper
    settle = "none",       -- the informal response: "between", "mediation", "letter"
  },
  start = "log",

  scene "log" {
    title = "Monday, 8:05 am — Banbury police station",
    text = [[You are a neighbourhood constable in Banbury. Friday's 101 log: Hazel Brennan, 67, of Orchard Way, reported that the boy next door, Kacper Nowak, 13, kicked her garden fence and cracked a panel after she kept his football, the third to come over. "Caller fuming," the call-taker noted. It is recorded as criminal damage, £35.

An update on Saturday: Mrs Brennan rang back. The boy's father had been round, the boy had said sorry, and they had replaced the panel.

Sgt. Pryce: Easy one. Take a community resolution form, the lad admits it, she signs, positive outcome before lunch. Our figures could use it.]],
    notes = [[A reported crime is recorded under the national crime recording rules; recording it does not decide its outcome [verify the current Home Office Counting Rules and outcome codes]. Performance pressure toward "positive outcomes" is real in many forces: name it in the room.]],
    questions = {
      "What do you not yet know about this case that the log seems to answer?",
    },
    choice { "Ring Mrs Brennan first and ask what she wants now; if it really is settled, a phone call may be all she needs from you.",
      to = "hazel",
      id = "phone-first",
      set = { contact = "phone" },
      score = { least_intrusive = 2, victim_voice = 1 },
      feedback = [[Defensible and light. She is asked before anything is decided, and nobody turns up at her door for a £35 panel. What it costs: on the phone you cannot see how a 67-year-old living alone is coping, or the fence, and her daughter's voice can fill the call.]],
    },
    choice { "Take the form as the sergeant says, but ask Mrs Brennan first; if a community resolution suits her, it is quick for everyone.",
      to = "hazel",
      id = "take-the-form",
      set = { contact = "form" },
      score = { least_intrusive = -3 },
      feedback = [[You do plan to ask her, which is right. But arriving with the form decides the answer before the question: a community resolution is a formal, recorded outcome, and it is now on the table before anyone has asked whether one is needed.]],
    },
    choice { "Call round to Orchard Way and see Mrs Brennan, with no forms, to hear what happened and what she wants now.",
      to = "hazel",
      id = "visit-open",
      set = { contact = "visit" },
      score = { victim_voice = 2, safety = 1 },
      feedback = [[The best start, with a cost. You hear her in person, see the fence and judge how she is, and you have decided nothing yet. What it costs: a police car outside her house for a settled £35 matter is more than a phone call, and the whole street will notice.]],
    },
  },

  scene "hazel" {
    title = "Monday, 10:30 am — Mrs Brennan",
    text = function(v)
      local t
      if v.contact == "phone" then
        t = "Mrs Brennan answers on the second ring and puts you on speaker."
      else
        t = "Mrs Brennan shows you the new fence panel, still pale against the old ones."
      end
      if v.contact == "form" then
        t = t .. " She eyes the form on your clipboard."
      end
      return t .. [[


Hazel: It's sorted, really. His dad was mortified. The boy said sorry on my doorstep, white as a sheet. I only rang because I was cross. I kept the ball, you see.

Her daughter Nicola, visiting from Reading for the day, cuts in.

Nicola: Mum, you're on your own there. He needs something on his record so he knows it's serious.]]
    end,
    notes = [[The person harmed is Hazel, not her daughter. Nicola's worry is real and deserves an answer, but what Hazel wants, and whether a formal outcome is needed at all, are separate questions.]],
    questions = {
      "Whose view decides what Hazel needs from the police?",
    },
    choice { "Tell them that with the fence fixed and an apology made there is nothing here for the police; you will close it today.",
      to = "nowaks",
      id = "close-at-door",
      score = { least_intrusive = 2, respect = -1 },
      feedback = [[Probably the right outcome, reached too fast. No further action may well be the answer, but Hazel has not been asked what she needs, and Nicola's worry is brushed aside. Restraint is not the same as not listening.]],
    },
    choice { "Ask Hazel what would put her own mind at rest, and tell Nicola kindly that what happens next is her mum's say and yours.",
      to = "nowaks",
      id = "ask-hazel",
      set = { heard = true },
      score = { victim_voice = 2 },
      feedback = [[Right. Hazel is the one harmed, and she gets to say what she needs. She tells you: the boy to know she is not a witch, and a way to hand a ball back without a war. She does not want him in trouble. What it costs: Nicola feels overruled.]],
    },
    choice { "Reassure them both: a community resolution would put a marker down, so if anything happens again the police know the history.",
      to = "nowaks",
      id = "promise-marker",
      score = { least_intrusive = -3, safety = 1, victim_voice = -2, respect = -2 },
      feedback = [[It answers Nicola's fear and gives a lonely woman some reassurance. But it is Nicola's wish, not Hazel's, and it offers a formal police record on a 13-year-old as a comfort blanket. A marker is not safety: a phone number and a follow-up call would do more.]],
    },
  },

  scene "nowaks" {
    title = "Monday, 4:15 pm — next door",
    text = function(v)
      local t = [[Tomasz Nowak, a delivery driver, lets you in. Kacper, 13, sits on the stairs in his school uniform, staring at your radio. He has had no contact with the police before.

Tomasz: He knows he was wrong. He paid for the panel from his own money and we fitted it on Saturday. Is he in trouble?

As you sit down, Tomasz's phone rings: work. He mouths "two minutes" and heads for the garden.]]
      if v.heard then
        t = t .. "\n\nMrs Brennan asked you to tell the boy she is not a witch."
      end
      return t
    end,
    notes = [[Questioning a suspect about an offence is an interview, which needs a caution, and a 13-year-old needs an appropriate adult [verify PACE Code C 10 and 11 as they apply to a voluntary conversation with no intention to prosecute]. Explaining the impact of what he did, without questioning him, is not an interview.]],
    questions = {
      "What does Kacper need to hear from you, and what do you need to hear from him?",
    },
    choice { "Ask Kacper, while his dad is on the phone, to tell you in his own words what happened; he may say more without his father there.",
      to = "sergeant",
      id = "talk-alone",
      violation = "minor_without_guardian",
      set = { upset = "alone" },
      score = { due_process = -2, respect = -1, least_intrusive = -1 },
      feedback = [[A 13-year-old questioned about an offence by a police officer, with his parent out of the room, is exactly what the safeguards forbid. He may say more, but not freely, and nothing he says would be fair to use. Wait two minutes.]],
    },
    choice { "Wait for Tomasz. Tell them both you are not here to question Kacper, pass on what Mrs Brennan said, and ask if they want her to know anything.",
      to = "sergeant",
      id = "talk-with-dad",
      score = { accountability = 1, respect = 1, due_process = 1 },
      feedback = [[Right. Kacper hears, from a police officer with his father beside him, how his temper landed on an older neighbour, and he is not interrogated for a matter already put right. What it costs: nothing is formally recorded from him, if a formal outcome were ever needed.]],
    },
    choice { "Wait for Tomasz, then invite them both to a voluntary interview under caution at the station, so anything Kacper says is recorded fairly.",
      to = "sergeant",
      id = "station-interview",
      set = { interviewed = true },
      score = { due_process = 2, least_intrusive = -2, respect = -1 },
      feedback = [[Procedurally the safest way to hear an account, and that is its gain. But it is a taped interview at a police station for a 13-year-old, over a £35 panel he has already paid for and fitted. It builds a formal case nobody needs.]],
    },
    choice { "Wait for Tomasz, then tell Kacper plainly: owning up now means a community resolution; if not, it becomes an interview at the station.",
      to = "sergeant",
      id = "own-up-or-else",
      violation = "coerced_accused",
      set = { upset = "threat" },
      score = { voluntary = -2, accountability = -1, least_intrusive = -1 },
      feedback = [[It sounds straightforward, but it is a threat: admit it or face something worse. An admission obtained that way is not accountability, and a community resolution needs a free acceptance of responsibility.]],
    },
  },

  scene "sergeant" {
    title = "Monday, 6:00 pm — the report room",
    text = function(v)
      local t = [[Sgt. Pryce catches you at the printer.

Sgt. Pryce: So, community resolution? He's owned up to his dad and to her, she'll sign, done.]]
      if v.interviewed then
        t = t .. " And he'll admit it on tape on Thursday. Even better."
      end
      if v.upset == "alone" then
        t = t .. "\n\nTomasz has emailed the station: he came back in from the garden to find you questioning his son, and wants to know why."
      elseif v.upset == "threat" then
        t = t .. "\n\nTomasz has emailed the station: Kacper cried himself to sleep, sure he was going to court."
      end
      return t .. [[


The crime needs an outcome on the system. The youth justice service also runs a prevention scheme that takes police referrals of young people "at risk".]]
    end,
    notes = [[A community resolution needs an admission and takes the victim's views into account; it is not a conviction but it is recorded on police systems and may be disclosed in some checks [verify current disclosure rules]. No further action in the public interest is an outcome too. Referring a child who would not otherwise be dealt with to a scheme is the net-widening the rubric names.]],
    questions = {
      "Who gains from a 'positive outcome' here, and who pays for it?",
    },
    choice { "Give a community resolution: the lightest formal outcome there is, no criminal record, and Mrs Brennan gets a say in it.",
      to = "cr-visit",
      id = "community-resolution",
      set = { formal = "cr" },
      score = { accountability = 1, least_intrusive = -1, due_process = -1 },
      feedback = [[Defensible on paper: it is light, it needs his acceptance and Hazel's view. But everything it would achieve has already happened: he admitted it, apologised and paid. What it adds is a police record on a 13-year-old, and a figure for the team.]],
    },
    choice { "Close the crime as no further action, but send the family an antisocial behaviour warning letter: a marker without a record.",
      to = "record",
      id = "nfa-with-letter",
      set = { formal = "asb" },
      score = { least_intrusive = -3, respect = -2, safety = 1 },
      feedback = [[It feels like a middle way. But a warning letter is a formal step of its own, and the template copies it to the family's housing association. It reaches the whole household, who did everything right, for something already put right.]],
    },
    choice { "Refer Kacper to the youth prevention scheme instead: no crime outcome for him, and a worker to keep him on track.",
      to = "prevention",
      id = "prevention-referral",
      violation = "net_widening",
      score = { least_intrusive = -3, voluntary = -1 },
      feedback = [[It sounds kind, and it avoids a crime outcome. But it draws a boy with no other concerns into a youth justice service for a fence he has already fixed: a case nobody would otherwise bring into the system. That is net-widening.]],
    },
    choice { "Close it as no further action, not in the public interest: first incident, repaired, apologised for, victim content, a boy of 13.",
      to = "record",
      id = "no-further-action",
      score = { least_intrusive = 2, due_process = 1 },
      feedback = [[Right. Every aim of a formal outcome has already been met, by the family themselves. The least intrusive response that meets safety and repair is no formal response at all. What it costs: no "positive outcome" for the team's figures, and no line in any record that he took responsibility.]],
    },
  },

  scene "prevention" {
    title = "Wednesday, 11:00 am — a call from the youth justice service",
    text = [[Dev Sandhu, a prevention worker, rings about your referral.

Dev: I've read it. Thirteen, no previous, no school concerns, fence already fixed by him and his dad. His dad says they don't need anyone, and honestly I'm not sure what I'd be for. Do you want to keep it open? If you do, I'll visit, and the victim would normally be offered a say.]],
    notes = [[Withdrawing a referral that should not have been made is a recovery, not a failure. Pressing a family into a voluntary scheme, or a victim into a meeting she did not ask for, compounds the first mistake.]],
    questions = {
      "What does it cost to admit a referral was a mistake?",
    },
    choice { "Withdraw the referral, thank Dev, and close the crime as no further action, with the reasons on the record.",
      to = "record",
      id = "withdraw-referral",
      set = { withdrew = true },
      score = { least_intrusive = 2, respect = 1 },
      feedback = [[Right, and it takes some honesty. The referral should not have been made, and withdrawing it now keeps the harm small: one phone call to the family, no file. The case ends where it should have ended on Monday.]],
    },
    choice { "Keep it open for a month: a visit from Dev costs the family little and would give Kacper someone to talk to.",
      to = "drawn-in",
      id = "keep-referral",
      score = { least_intrusive = -2, voluntary = -1 },
      feedback = [[Well meant, but the family have said no and the worker sees no need. A "light touch" visit is still a youth justice service at the door of a boy who did nothing more than lose his temper once and put it right.]],
    },
    choice { "Ask Dev to set up a meeting with Mrs Brennan so she gets her say, and tell Tomasz the scheme looks better than a record.",
      to = "drawn-in",
      id = "press-the-family",
      violation = "no_victim_consent",
      score = { voluntary = -2, victim_voice = -1, least_intrusive = -1 },
      feedback = [[Hazel never asked for a meeting, and she has already had her say. Arranging one for her, and leaning on the family with the threat of a record, turns a voluntary scheme into pressure on everyone.]],
    },
  },

  scene "cr-visit" {
    title = "Tuesday, 5:00 pm — the Nowaks' front room",
    text = function(v)
      local t = [[Kacper and Tomasz sit side by side on the sofa. The community resolution form needs Kacper to accept responsibility and agree to it, with Mrs Brennan's view recorded.]]
      if v.interviewed then
        t = t .. " The interview on Thursday has been cancelled: you no longer need it."
      end
      return t .. [[


Tomasz: Will this follow him? He wants to join the army cadets.]]
    end,
    notes = [[Agreement to an out-of-court resolution must be informed: what it is, how it is recorded, and that it can be refused [verify whether and when a community resolution can appear on an enhanced criminal record check].]],
    questions = {
      "What must Tomasz and Kacper know before they sign?",
    },
    choice { "Tell him it is only paperwork, nothing that will follow him, and get the signature done tonight so the family can move on.",
      to = "on-file",
      id = "just-paperwork",
      score = { voluntary = -1, due_process = -2 },
      feedback = [[Kind in intention, but not true. A community resolution is recorded on police systems and may be disclosed in some checks. An agreement given on a false reassurance is not an informed one.]],
    },
    choice { "Explain it is his choice, that it is recorded by the police though it is not a conviction, and let Tomasz read it with him first.",
      to = "on-file",
      id = "explain-cr",
      score = { voluntary = 1, due_process = 1, respect = 1 },
      feedback = [[Right, for the route you took. They know what they are agreeing to and that they can refuse. Kacper signs. The honest answer to Tomasz's question, though, is the cost of the route: it may follow him, for a panel he had already replaced.]],
    },
    choice { "Tell Kacper he can sign today, or it goes back to your sergeant to decide, and she is a lot less patient than you.",
      to = "on-file",
      id = "sign-or-sergeant",
      violation = "coerced_accused",
      score = { voluntary = -2, respect = -1, due_process = -1 },
      feedback = [[It is a threat dressed as friendliness: sign, or something worse. An out-of-court resolution must be accepted freely. Kacper signs, looking at the floor.]],
    },
  },

  scene "record" {
    title = "Wednesday, 9:00 am — closing the crime",
    text = function(v)
      local t = [[The crime record needs a closing rationale. The system also offers you an intelligence entry.]]
      if v.formal == "asb" then
        t = t .. " The warning letter went out last night; the template copied it to the family's housing association."
      end
      if v.withdrew then
        t = t .. " Dev has closed the prevention referral."
      end
      return t .. [[


Sgt. Pryce, passing: Put a line on intel at least. If it kicks off again, the next officer will want to know.]]
    end,
    notes = [[A closing rationale is the record of a decision: it should let a reviewer see why no further action was proportionate. An intelligence entry about a child for a settled £35 incident is a record of a different kind, and it follows him.]],
    questions = {
      "Who reads an intelligence entry, and what do they conclude from it?",
    },
    choice { "Write the reasons plainly: what happened, the repair, Mrs Brennan's view, his age; and add no intelligence entry about Kacper.",
      to = "informal",
      id = "plain-reasons",
      score = { due_process = 1, respect = 1, least_intrusive = 1 },
      feedback = [[Right. A reviewer can see why no further action was proportionate, and nothing about a 13-year-old is stored beyond what the decision needs.]],
    },
    choice { "Add a short intelligence entry, \"youth involved in neighbour dispute\", so the next officer called to Orchard Way has the context.",
      to = "informal",
      id = "intel-entry",
      set = { marker = true },
      score = { least_intrusive = -3, respect = -2, safety = 1, due_process = -1 },
      feedback = [[It may help an officer one day. But it labels a child on a police system for a single, settled incident, and "neighbour dispute" says more than happened. The record of the decision already holds the context.]],
    },
    choice { "Keep the closing note to one line, \"victim satisfied, NFA\": the less that is written down about a child, the better.",
      to = "informal",
      id = "one-line",
      score = { due_process = -1, least_intrusive = 2, respect = 1 },
      feedback = [[Restraint in what is stored is right, but a decision not to act still needs its reasons. "Victim satisfied" is not a reason on its own; a reviewer, or Nicola's complaint, will ask why.]],
    },
  },

  scene "informal" {
    title = "Wednesday, 4:00 pm — over the fence",
    text = function(v)
      local t = [[Kacper's football is still in Mrs Brennan's shed. Tomasz has left you a message: "Anything else we should do?"]]
      if v.heard then
        t = t .. "\n\nMrs Brennan wants a way to hand a ball back without a war."
      end
      return t
    end,
    notes = [[An informal response is still a response. The best one adds nothing nobody asked for: it helps the two households settle the one thing still unsettled, the football, in their own way.]],
    questions = {
      "What is still unresolved between these two households?",
    },
    choice { "Ask Kacper to write Mrs Brennan a proper letter of apology and bring it to you to read first, so it is done right.",
      to = "nicola",
      id = "letter-via-police",
      set = { settle = "letter" },
      score = { accountability = 1, least_intrusive = -2, respect = -1, voluntary = -1 },
      feedback = [[It adds reflection, which is its gain. But he already apologised on her doorstep, and a letter vetted by a police officer turns a neighbour's apology into homework for the police. Nobody asked for it.]],
    },
    choice { "Suggest Kacper knocks for the ball himself, with his dad, and that the two households agree how balls come back.",
      to = "nicola",
      id = "knock-for-ball",
      set = { settle = "between" },
      score = { repair = 2, least_intrusive = 1 },
      feedback = [[Right. The one thing still unsettled is settled by the people it belongs to, without the police in the middle. What it costs: nobody checks that it happens; you are trusting two households that have already shown they can.]],
    },
    choice { "Offer both households the council's free community mediation service, in case the football keeps causing friction.",
      to = "nicola",
      id = "offer-mediation",
      set = { settle = "mediation" },
      score = { repair = 1, voluntary = 1, least_intrusive = -1 },
      feedback = [[Close to the best. Mediation is voluntary, outside the justice system, and good for neighbour friction. What it costs: it offers a service for a problem these two households are already solving, and a referral can make a small thing feel big.]],
    },
  },

  scene "nicola" {
    title = "Thursday, 10:15 am — the front counter",
    text = function(v)
      local t = [[Nicola has rung the station and is put through to you.

Nicola: ]]
      t = t .. "Mum says you've done nothing. "
      t = t .. [[She's 67 and on her own. I want to know why that boy gets away with it, or I'm making a complaint.]]
      if v.formal == "asb" then
        t = t .. [[


An hour ago Tomasz rang you, shaken: the housing association has written to say their tenancy is under review.]]
      end
      return t
    end,
    notes = [[Nicola is not the victim, and Hazel's details and her case are hers to share. With Hazel's agreement, explaining the decision to her family is good practice; without it, it is a disclosure.]],
    questions = {
      "What does Nicola need to hear, and who decides whether she hears it?",
    },
    choice { "Explain it to Nicola now, in full: she is family, she is worried, and a straight answer may head off a complaint.",
      to = { { 3, "quiet" }, { 1, "ball-again" } },
      id = "explain-to-nicola",
      score = { respect = 1, victim_voice = -2, due_process = -2 },
      feedback = [[Honest and kind to Nicola, and it may well settle her. But it is Hazel's case: her daughter's worry does not entitle her to it without Hazel's say. One call to Hazel first would have cost ten minutes.]],
    },
    choice { "Tell Nicola you cannot discuss her mother's case with her, and give her the complaints address if she still wants it.",
      to = { { 3, "quiet" }, { 1, "ball-again" } },
      id = "cannot-discuss",
      score = { due_process = 2, respect = -1 },
      feedback = [[Correct about confidentiality, and that is its gain. But Nicola's fear for her mother is left where it was, and Hazel, who could have said "tell her", is never asked. A complaint follows that one call could have avoided.]],
    },
    choice { "Ask Hazel whether you may discuss it with Nicola; if she agrees, ring Nicola back, explain the decision and leave your direct number.",
      to = { { 3, "quiet" }, { 1, "ball-again" } },
      id = "ask-hazel-then-explain",
      score = { victim_voice = 1, due_process = 1, safety = 1 },
      feedback = [[Right. Hazel decides who hears about her case; she says yes. Nicola hears why no formal outcome was needed, and gets a number to ring if anything happens. What it costs: Nicola waits until the afternoon for her answer.]],
    },
  },

  scene "quiet" {
    title = "Three weeks later",
    text = [[No calls from Orchard Way. The football season has ended and the ball has gone back over the fence, in Kacper's hands this time.

Your sergeant's review list shows the crime, closed.]],
    notes = [[Follow-up is part of a proportionate response: a short check that the person harmed is all right. Anything more at this point is the system reaching back for a family that has moved on.]],
    questions = {
      "What, if anything, is still yours to do?",
    },
    choice { "Leave it closed. No news is good news, and a call from the police might stir up something that has settled.",
      to = "nothing-further",
      id = "leave-closed",
      score = { least_intrusive = 2, respect = 1 },
      feedback = [[Defensible: it is settled, and restraint includes knowing when to stop. What it costs: a two-minute check is how Hazel would know the police meant what they said, and how you would learn it had settled.]],
    },
    choice { "Drop in at Kacper's school and ask the police liaison officer to keep an eye on him, quietly, just in case.",
      to = "nothing-further",
      id = "tell-school",
      set = { marker = true },
      score = { least_intrusive = -3, respect = -2, safety = 1 },
      feedback = [[Well meant, but it carries a settled home matter into his school, where it becomes a label. Nothing suggested a risk at school; "just in case" is how nets widen.]],
    },
    choice { "Ring Mrs Brennan for two minutes to check all is well and that she still has your number, then leave it.",
      to = "nothing-further",
      id = "check-in",
      score = { victim_voice = 1, safety = 1 },
      feedback = [[Right, and small. Hazel knows the police meant what they said, and you learn it has settled. It costs two minutes and one more contact, which is as light as a follow-up gets.]],
    },
  },

  scene "ball-again" {
    title = "Four weeks later — a call",
    text = [[Mrs Brennan rings the station and asks for you.

Hazel: The ball came over again yesterday and knocked a pot off my wall. Broken. Tomasz was round in five minutes offering to pay. I'm not reporting the boy, I just want to know where I stand. Nicola says I should report him.]],
    notes = [[Damage caused by accident is not criminal damage [verify: the offence needs intent or recklessness]. A second, accidental incident is not a pattern of offending, and the father's response is the informal system working.]],
    questions = {
      "Is this a second offence, or a second football?",
    },
    choice { "Record it as criminal damage this time: a second incident is exactly the pattern the first decision could not see coming.",
      to = "on-file",
      id = "record-second",
      set = { formal = "second" },
      score = { least_intrusive = -3, safety = 1, due_process = -2 },
      feedback = [[It answers Nicola's view that the first decision was too soft. But an accident is not a crime, Hazel is not reporting one, and the family responded at once. Recording it turns a football into a criminal history.]],
    },
    choice { "Tell her it sounds like an accident, not a crime; suggest she and Tomasz agree where ball games happen; log it as advice.",
      to = "nothing-further",
      id = "advice-only",
      score = { least_intrusive = 2, victim_voice = 1 },
      feedback = [[Right. Hazel gets a straight answer about where she stands, the two households settle it, and nothing is added to anyone's record. What it costs: Nicola will think the police are soft, and you have to be able to explain why they are not.]],
    },
    choice { "Visit both homes with a written neighbour agreement on ball games for everyone to sign, and sign it yourself as witness.",
      to = "nothing-further",
      id = "police-agreement",
      score = { repair = 1, least_intrusive = -1, voluntary = -2 },
      feedback = [[It fixes the football problem, which is its gain. But a police officer witnessing a signed agreement between neighbours makes the police a party to their garden, and neither household asked for it.]],
    },
  },

  ending "nothing-further" {
    title = "Nothing further",
    text = function(v)
      local t = [[The crime is closed as no further action. Kacper has no caution, conviction or community resolution against his name.]]
      if v.settle == "between" then
        t = t .. " Balls now come back over the fence in a carrier bag, with a note in Hazel's handwriting."
      elseif v.settle == "mediation" then
        t = t .. " Neither household took up the mediation offer; they sorted the football themselves."
      elseif v.settle == "letter" then
        t = t .. " Kacper's vetted letter reached Hazel a week late; she said she'd rather have had the boy knock."
      end
      if v.formal == "asb" then
        t = t .. "\n\nThe housing association closed its tenancy review after a month. Tomasz no longer says hello to Hazel; he thinks she reported them twice."
      end
      if v.marker then
        t = t .. "\n\nA note about Kacper sits where a future officer or teacher will find it, with no story attached."
      end
      return t
    end,
    outcome = {
      victim = "Hazel got what she asked for: the fence fixed, an apology, and a way to give balls back. The police listened and did not take over.",
      accused = "Kacper put right what he did, with his father, and was not drawn into the justice system for it.",
      community = "Two households settled a small harm themselves; police time went where it was needed.",
    },
    debrief = [[This case was solved before you arrived: the harm was repaired, the apology made, the victim content. The skill was seeing that, and resisting every formal option on offer (a record, a referral, a letter, an entry) because each would have added harm, not repair. Restraint still means listening to the victim, giving reasons on the record, and a short follow-up.]],
  },

  ending "on-file" {
    title = "On file",
    text = function(v)
      local t
      if v.formal == "second" then
        t = [[A second crime of criminal damage is recorded against Kacper, for a football that knocked over a pot. With the first on file, he now has a "pattern" on a police system.]]
      else
        t = [[Kacper has a community resolution recorded against his name for a fence panel he had already paid for and fitted himself. Nicola tells her mother it was "a slap on the wrist".]]
      end
      if v.marker then
        t = t .. " A note about him also sits on the intelligence system."
      end
      return t .. [[


Tomasz tells Hazel, not unkindly, that next time he'll just pay and they can leave the police out of it. Hazel agrees. The team's figures show one more positive outcome.]]
    end,
    outcome = {
      victim = "Hazel was treated politely, but she ended up with a formal outcome she never asked for.",
      accused = "Kacper has a police record for something he had already put right, which may follow him into checks later.",
      community = "A neighbour who rang in anger learned that calling the police makes a small thing bigger.",
    },
    debrief = [[A community resolution is light, but it is still a formal outcome and a record. Everything it could have achieved (an admission, an apology, repair, the victim's view) had happened before the police arrived. Choosing it here was net-widening by the mildest tool on the shelf: the system reached a child it did not need to.]],
  },

  ending "drawn-in" {
    title = "A file for a football",
    text = [[Dev visits twice. Kacper, embarrassed, says almost nothing; Tomasz takes time off work for both visits. The referral is closed after a month "with no further concerns".

Hazel hears about it from Nicola and feels, she tells a friend, like the woman who set the social on the boy next door.]],
    outcome = {
      victim = "Hazel wanted a ball returned without a war; she got a youth worker next door and a neighbour who thinks she started it.",
      accused = "Kacper now has a youth justice file and a worker's notes, for a fence he had already fixed.",
      community = "A prevention place went to a boy who did not need it, and two households learned to keep the police out of their problems.",
    },
    debrief = [[This is net-widening in its kindest form: a referral "to help" that reaches a child the system would otherwise have left alone. A prevention scheme is for children at risk, not for a first, repaired, trivial incident. When a referral turns out to be unneeded, withdrawing it is the recovery.]],
  },
}
