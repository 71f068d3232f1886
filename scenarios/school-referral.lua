-- The Lab Stool: a 14-year-old with an IEP throws a stool that cuts his science teacher.
-- A school police officer chooses between arrest, a referral to a community conference, and
-- leaving it to school discipline, with a principal pressing for expulsion.
-- Modelled on the Baltimore Community Conferencing Center (B.5): referrals from police and
-- school police, a conference of everyone affected soon after the incident, a written
-- agreement, and an unfinished agreement going back to the referral source. The officer
-- refers and takes part; a Center facilitator prepares and runs the conference.

return scenario {
  id = "school-referral",
  version = 1,
  title = "The Lab Stool",
  role = "officer",
  summary = [[Malik, 14, throws a lab stool in science class and cuts his teacher's arm. The principal wants him arrested and expelled. As the school police officer you decide how to handle the boy, whether his teacher is asked about a community conference, what goes in your report, and what happens when the agreement is only mostly kept.]],
  minutes = 20,
  modelled_on = "Baltimore Community Conferencing Center (referrals from police and school police; a conference of everyone affected soon after the incident; an unfinished agreement returns to the referral source)",
  speakers = { "Dr. Harris", "Ms. Kim", "Mr. Dunn", "Mrs. Johnson", "Malik", "Rochelle", "Mr. Ruiz" },
  figures = {
    { text = "The Community Conferencing Center reports that 98% of its conferences reach a written agreement and that more than 95% of those agreements are kept (program-reported).",
      source = "Community Conferencing Center, 'For law enforcement' (communityconferencing.org/index.php/programs/for_law_enforcement/); Baltimore Sun, 13 November 2005 (baltimoresun.com/news/bs-xpm-2005-11-13-0511110021-story.html)" },
    { text = "The Center cites a Maryland juvenile justice study that found re-offending 60% lower among young people whose cases went to a conference (program-reported, not an independent trial).",
      source = "Community Conferencing Center (communityconferencing.org/index.php/programs/for_law_enforcement/)" },
    { text = "Across 10 randomized trials with 1,880 consenting offenders, restorative conferences led to a modest but highly cost-effective drop in repeat convictions over two years.",
      source = "Sherman, Strang, Mayo-Wilson, Woods & Ariel (2015), Journal of Quantitative Criminology (Campbell review)" },
  },
  vars = {
    arrested = false,     -- Malik was arrested at school
    late = false,         -- Ms. Kim was left out at first and asked only after she called
    pressed = false,      -- Ms. Kim was pushed into the conference
    danger = false,       -- the report called Malik "a danger to staff" for the expulsion hearing
    iep_sent = false,     -- his IEP was sent to the facilitator without the family's consent
    lectured = false,     -- the officer lectured Malik in the circle
    checked = false,      -- the added terms were checked with the people they affect
    charged_after = false, -- the case was sent for charging after the agreement was mostly kept
  },
  start = "stairwell",

  scene "stairwell" {
    title = "Tuesday, 10:40 a.m., a Baltimore middle school",
    text = [[The call: a student threw a lab stool in Room 214. Ms. Kim, the science teacher, has a cut forearm; the nurse thinks it needs stitches. Classmates had been filming Malik Johnson, 14, after she told him to hand over his phone. He threw the stool and ran.

You find him in the east stairwell, kicking the rail and crying. Mr. Ruiz, the counselor, is with him; he tells you Malik has an IEP for ADHD and a speech-language impairment.

Dr. Harris, the principal, arrives out of breath.

Dr. Harris: He assaulted a teacher. I want him in cuffs and out of this building.]],
    notes = [[Baltimore City School Police refer young people to the Community Conferencing Center, which meets soon after an incident and brings everyone affected into one circle. The officer's first job is safety and the injured teacher; a decision to charge can wait an hour. Assault on a school employee causing injury supports a charge [verify Maryland second-degree assault and any school-employee provisions].]],
    questions = {
      "What does the officer need to know before deciding anything about charges?",
    },
    choice { "Arrest him now for second-degree assault: there's an injury and a room of witnesses, and staff need to see it taken seriously",
      id = "arrest", to = "office",
      set = { arrested = true },
      score = { least_intrusive = -2, respect = -1, victim_voice = -1 },
      feedback = [[Lawful, and it looks decisive. But a distressed 14-year-old is handcuffed before anyone has asked the injured teacher what she wants, and the arrest record stays whatever happens next.]],
    },
    choice { "Leave it to the school: he's 14, he has an IEP, and classroom behavior is not police work, however bad it looks this morning",
      id = "school-only", to = "kim-calls",
      set = { late = true },
      score = { victim_voice = -2, accountability = -1 },
      feedback = [[Keeping police out of school discipline is often right. But a teacher was injured, and this decides her case without asking her. The mildest response is not the right one if the person harmed has no say in it.]],
    },
    choice { "Let Mr. Ruiz keep him calm, call his grandmother, see Ms. Kim to her care, and decide nothing about charges until you've heard from her",
      id = "calm-first", to = "office",
      score = { safety = 1, victim_voice = 1, least_intrusive = 1 },
      feedback = [[Safety first, then the person harmed. Nothing is closed off: the charge is still there if it is needed, and Ms. Kim will be asked before anything is decided.]],
    },
  },

  scene "kim-calls" {
    title = "Wednesday morning: a phone call",
    text = [[Ms. Kim calls you from home. Three stitches. Her arm is in a sling.

Ms. Kim: Dr. Harris says it's "being handled by the school". Nobody asked me anything. I don't want him arrested. But I don't want him back in my room like nothing happened either.

Her union building rep, Mr. Dunn, is on the line too.

Mr. Dunn: She should press charges. It's the only thing that protects her.]],
    notes = [[The case is still open: nothing stops the officer from putting the choices to her now. Late is better than never, and saying so honestly matters.]],
    choice { "Tell her the school's suspension and transfer will deal with it, and that she can take it up with Dr. Harris if she wants more",
      id = "leave-to-school", to = "school-handled",
      score = { victim_voice = -2, respect = -1, least_intrusive = -2 },
      feedback = [[She called the police because the school did not ask her. Sending her back leaves the person harmed with no route of her own, and leaves the boy with exclusion as the only response anyone offered.]],
    },
    choice { "Apologize that nobody asked her first, and arrange to see her this afternoon to go through each of her choices",
      id = "see-her", to = "kim",
      score = { victim_voice = 2, respect = 1 },
      feedback = [[A recovery: a day late, she is asked. Saying plainly that she should have been asked first is part of putting it right.]],
    },
  },

  scene "office" {
    title = "11:15 a.m., the principal's office",
    text = function(v)
      local where = "Malik sits in the principal's office with Mr. Ruiz."
      if v.arrested then where = "Malik sits in the principal's office, handcuffed, with Mr. Ruiz beside him." end
      return where .. [[ He has stopped crying. His grandmother, Mrs. Johnson, is forty minutes away on the bus.

Dr. Harris: Get his statement while it's fresh. Or bring Ms. Kim in, she's back from the nurse; let him say sorry to her face and we'll call it a restorative chat.

Four students have given written accounts. One phone video shows the whole thing.]]
    end,
    notes = [[Maryland's Child Interrogation Protection Act (2022) requires that a child consult a lawyer before a custodial interrogation and that a parent be notified [verify]. A restorative meeting needs the young person's parent or guardian and the victim's free consent (UN Basic Principles 7, 13(a)). An apology extracted an hour after the injury, with the principal watching, is neither.]],
    questions = {
      "Why is an apology in the principal's office today not a restorative process?",
    },
    choice { "Bring Ms. Kim in for a short restorative chat, so he can apologize today and she doesn't go home with this hanging over her",
      id = "office-circle", to = "kim",
      set = { pressed = true },
      violation = "minor_without_guardian",
      score = { voluntary = -2, safety = -1 },
      feedback = [[A 14-year-old with a speech impairment, no guardian, an injured teacher one hour after the event, and a principal in the room. Neither of them chose it and he has no one beside him (UN Basic Principles 13(a)).]],
    },
    choice { "Ask him nothing about what happened; take the statements and the video, and wait with him for his grandmother",
      id = "wait-for-gran", to = "kim",
      score = { due_process = 2, respect = 1, safety = 1 },
      feedback = [[The evidence is already there without his words. Waiting protects his rights and lets his grandmother be told what is happening before anyone asks him anything.]],
    },
    choice { "Take his account now with Mr. Ruiz beside him: he wants to talk, and his own words will matter for any referral",
      id = "question-now", to = "kim",
      violation = "admission_before_counsel",
      score = { due_process = -2, voluntary = -1 },
      feedback = [[Wanting to talk is not advice. An account from a 14-year-old, taken by police before a lawyer or his guardian, is an admission without advice, and a counselor is not his lawyer.]],
    },
  },

  scene "kim" {
    title = "Wednesday afternoon, Ms. Kim's kitchen",
    text = function(v)
      local t = [[Ms. Kim has three stitches and her arm in a sling. Mr. Dunn, her union rep, has come too.]]
      if v.late then t = [[You are in Ms. Kim's kitchen a day later than you should have been. Mr. Dunn, her union rep, has come too.]] end
      if v.pressed then
        t = t .. [[ Yesterday's office apology was a mumble at the floor. She says she felt "put on the spot".]]
      end
      local arrest = "I don't want him arrested."
      if v.arrested then arrest = "I saw them take him out in handcuffs. I never wanted that." end
      return t .. [[


Ms. Kim: ]] .. arrest .. [[ I don't want him back in my room like nothing happened either. I want him to understand he hurt me.

Mr. Dunn: Press charges. It's the only thing that protects you.

You can refer Malik to the Community Conferencing Center. The Center prefers to meet within a couple of weeks, while it's fresh.]]
    end,
    notes = [[Her consent must be free and informed (UN Basic Principles 7, 13(b)). Pressure can come from the officer or from her own supporters. The Center's model favors meeting soon after the incident; a few days to think is still hers to take.]],
    questions = {
      "How do you set out the routes without tilting them?",
    },
    choice { "Set out all three routes and ask for her answer today: the Center works best soon after, and she's told you clearly what she wants",
      id = "ask-today", to = { { 4, "referral" }, { 1, "kim-declines" } },
      score = { victim_voice = 1, voluntary = -1, repair = 1 },
      feedback = [[A trade-off. She has said what she wants and the Center prefers speed. But an answer asked for on the day, with her union rep urging charges, is less surely her own.]],
    },
    choice { "Tell her the union is right that a charge protects her, and that a conference can come later if she still wants one",
      id = "back-charges", to = { { 4, "referral" }, { 1, "kim-declines" } },
      score = { voluntary = -2, least_intrusive = -1 },
      feedback = [[It sounds protective, but it tilts her toward the route she said she did not want, and "later" rarely comes once a case is in court.]],
    },
    choice { "Set out a charge, a conference and school discipline alone, tell her no answer is wrong, and call her back on Friday",
      id = "call-friday", to = { { 4, "referral" }, { 1, "kim-declines" } },
      score = { voluntary = 2, victim_voice = 1 },
      feedback = [[A trade-off. Every route is put evenly and she has two days away from the pressure in the room. It costs a little of the speed the Center's model values.]],
    },
  },

  scene "kim-declines" {
    title = "Friday: she says no",
    text = [[Ms. Kim calls.

Ms. Kim: I can't sit in a room with him. Not yet. I still don't want him arrested. I want a different science class for him and I want the school to deal with why this happened.

Mr. Dunn has told her she is "letting him off".]],
    notes = [[Her no is final (UN Basic Principles 7). Where a conference is not possible the case is decided without delay (para 11), and she keeps support whatever she decides. Her own wishes are specific and achievable without a charge.]],
    choice { "Tell her the conference is Malik's one chance to avoid a record, and ask her to think about it once more for his sake",
      id = "for-his-sake", to = "referral",
      set = { pressed = true },
      violation = "no_victim_consent",
      score = { voluntary = -3, victim_voice = -2 },
      feedback = [[This makes the injured teacher responsible for the boy's record. A yes given under that weight is not free (UN Basic Principles 7, 13(c)).]],
    },
    choice { "Close the police side with no charge, and ask the school, with her agreement, for the class change and an IEP review",
      id = "close-no-charge", to = "school-handled",
      score = { least_intrusive = 2, victim_voice = 1, due_process = 1 },
      feedback = [[She gets exactly what she asked for, the case is decided without delay, and nothing heavier than needed falls on a 14-year-old.]],
    },
    choice { "Send it to juvenile intake as an ordinary assault: she has said no, and a charge keeps the school's process honest",
      id = "to-intake", to = "intake",
      score = { due_process = 1, least_intrusive = -2, victim_voice = -1 },
      feedback = [[Lawful and prompt, but she asked for no arrest and for the school to deal with it; a charge gives her neither.]],
    },
  },

  scene "referral" {
    title = "Monday: the referral form",
    text = function(v)
      local t = [[Ms. Kim has agreed to a conference.]]
      if v.pressed then t = [[Ms. Kim has said yes, quietly.]] end
      return t .. [[ You fill in the Center's referral form for Malik.

Dr. Harris: Put Aaliyah Brooks on it too. She cussed Ms. Kim out last week in the hall. A conference would do her good, and the Center is faster than anything I've got.

Aaliyah swore at a teacher. Nothing else happened. No one was hurt or threatened.]]
    end,
    notes = [[Net-widening here does not come from a bystander but from convenience: a police referral used for school behavior that no one would charge, because it is quicker than the school's own process. The Center takes offenses; the school has its own responses, including restorative circles run by school staff.]],
    questions = {
      "Who gains when a police referral is the fastest route to help?",
    },
    choice { "Refer Malik only, and tell Dr. Harris that swearing is a school matter, which the school's own circle could take on",
      id = "malik-only", to = "suspension",
      score = { least_intrusive = 2, due_process = 1 },
      feedback = [[Right. Police referrals are for conduct the system would otherwise act on. Aaliyah may well need a conversation, but it should come from her school, not a police form.]],
    },
    choice { "Put Aaliyah on the referral: the Center handles school conflicts, and it's a kinder route than another suspension",
      id = "add-aaliyah", to = "suspension",
      violation = "net_widening",
      score = { least_intrusive = -2, due_process = -1 },
      feedback = [[It sounds kind, but Aaliyah committed no offense. A police referral puts her on a record she would never otherwise have had.]],
    },
    choice { "Refer Malik only, but write Aaliyah up in an incident report, so the school has police backing for her discipline",
      id = "report-aaliyah", to = "suspension",
      score = { least_intrusive = -2, respect = -1 },
      feedback = [[No referral, but a police report on a girl who swore gives school discipline a police record it does not need.]],
    },
  },

  scene "suspension" {
    title = "Tuesday: the expulsion hearing",
    text = [[Dr. Harris has suspended Malik and asked the district to expel him. She wants your report for the hearing.

Dr. Harris: Say he's a danger to staff. Without that line, he's back in two weeks.

Ms. Kim, by email: I don't want him expelled. I just can't teach him this term.

Mrs. Johnson tells you Malik has been home alone all week, and the IEP team has not met.]],
    notes = [[The officer's report should state facts, not argue for a school outcome. For a student with an IEP, a removal of more than ten school days usually needs a manifestation determination review [verify 34 CFR 300.530 and Maryland practice]. Ms. Kim's own wish is a class change, not exclusion. A suspension gives her and the class room to breathe, at a cost to a boy already behind.]],
    questions = {
      "What does the victim want here, and how does that differ from what the principal wants?",
    },
    choice { "Report the facts only, pass on Ms. Kim's wish for a class change, and ask for the IEP team to meet before any expulsion",
      id = "facts-only", to = "prep",
      score = { respect = 1, victim_voice = 1, least_intrusive = 1, safety = -1 },
      feedback = [[A trade-off. Your report stays factual, her actual wish is heard, and the boy's needs get looked at. It means Malik could be back in the building, if not her room, before the conference.]],
    },
    choice { "Back the suspension until the conference: Ms. Kim and the class get a real break, and the conference can still happen while he's out",
      id = "back-suspension", to = "prep",
      score = { safety = 1, victim_voice = 1, least_intrusive = -1, repair = -1 },
      feedback = [[A breather for Ms. Kim and the class is worth something. But a 14-year-old home alone for weeks falls behind, and exclusion was not what she asked for.]],
    },
    choice { "Add the danger line: the hearing needs something in writing, and one line won't decide it for the district",
      id = "danger-line", to = "prep",
      set = { danger = true },
      score = { respect = -2, least_intrusive = -2, due_process = -1 },
      feedback = [[An officer's opinion dressed as fact. It argues for exclusion that the teacher herself did not want, and it will follow Malik to every school he goes to.]],
    },
  },

  scene "prep" {
    title = "Rochelle calls",
    text = function(v)
      local t = [[Rochelle Banks, the Center facilitator, is preparing the conference.]]
      if v.arrested then
        t = t .. [[ Mrs. Johnson has told her she won't sit in a room with "the officer who cuffed him", but she will come.]]
      end
      return t .. [[


Rochelle: Anything I should know before I visit the family?

The school sent you Malik's IEP summary with the incident file. It says he shuts down when he is rushed or pressed, and that a speech therapist, Ms. Lane, works with him twice a week.]]
    end,
    notes = [[A young person's capacity matters to how a conference is run (UN Basic Principles 9). But his education records are his family's to share [verify FERPA and police access to IEPs in Maryland]. The facilitator needs to know what helps him; she should hear it from the family, with their consent.]],
    choice { "Tell her about his needs in general, and ask Mrs. Johnson whether she'll share what helps him and bring Ms. Lane as a supporter",
      id = "family-shares", to = "circle",
      score = { respect = 1, safety = 1, voluntary = 1 },
      feedback = [[A trade-off. The facilitator learns enough to prepare, the family decides what she learns, and Malik may have someone in the room who knows how he talks. The cost: even in general terms, you pass on something about his disability before his family has agreed to it.]],
    },
    choice { "Forward the IEP summary the school sent you: she'll run a better conference if she knows exactly what sets him off",
      id = "send-iep", to = "circle",
      set = { iep_sent = true },
      score = { respect = -2, safety = 1, voluntary = -1, due_process = -1 },
      feedback = [[The facilitator would run a better conference, but his school records were never yours to share. Mrs. Johnson finds out when Rochelle quotes them, and the trust goes.]],
    },
    choice { "Give her the facts of the incident only: his school records are not police business and should stay with the school",
      id = "facts-only-prep", to = "circle",
      score = { due_process = 1, respect = 1 },
      feedback = [[Defensible: his records stay where the law puts them, and nothing about his disability leaves the school through you. But the facilitator goes in blind about a boy who shuts down when rushed, and nobody asks the family whether they want her told.]],
    },
  },

  scene "circle" {
    title = "Two weeks later: the conference",
    text = function(v)
      local t = [[The school library, after hours. Malik, Mrs. Johnson]]
      if not v.iep_sent then t = t .. [[, Ms. Lane]] end
      return t .. [[, Ms. Kim, Mr. Dunn as her supporter, Dr. Harris and you sit in a circle. Rochelle runs it.

Malik tells it in short sentences. Ms. Kim tells what the stitches were like, and that she had liked him.

Mr. Dunn: In my day a boy like you would be locked up.

Malik stares at the floor. Rochelle lets a moment pass, then turns to you.

Rochelle: Officer, you were there that day. What was it like for you?]]
    end,
    notes = [[The facilitator keeps to the script; everyone else speaks from their own experience. A police officer in the circle speaks for the community and the school, not for the state's threat (IIRP script; Hoyle et al. 2002 on officers who lectured). Taking the facilitator's job, even to protect the boy, has its own cost. Whether referring school police officers sit in Center conferences is this story's assumption [verify].]],
    choice { "Tell Malik what happens next time: at 18, a stool that hits a teacher is a felony, and someone in this room has to say it",
      id = "lecture", to = "agreement",
      set = { lectured = true },
      score = { respect = -2, accountability = -1 },
      feedback = [[It comes from concern, and many officers would say it. But it turns the circle into a warning and confirms Mr. Dunn's message: the room is about what Malik deserves, not what he did.]],
    },
    choice { "Say what you saw in the stairwell and what you felt, and that you referred him because you think he can put this right",
      id = "own-part", to = "agreement",
      score = { respect = 2, accountability = 1 },
      feedback = [[A trade-off. You speak for yourself, separate the act from the boy, and leave Mr. Dunn's remark to the facilitator, who is there for it. It leaves the remark unanswered for a moment longer.]],
    },
    choice { "Answer Mr. Dunn first: tell him that isn't what the circle is for, then say what the day was like for you",
      id = "answer-dunn", to = "agreement",
      score = { safety = 1, respect = -1, accountability = 1 },
      feedback = [[It protects Malik from a humiliating remark, but it takes Rochelle's role from her and shames a supporter in front of the person he came to support.]],
    },
  },

  scene "agreement" {
    title = "The agreement reaches you",
    text = [[As the referring officer, you receive the signed agreement before you close the police referral. Ms. Kim asked for three things: a break card, so Malik can leave to Mr. Ruiz's office when he is overwhelmed; six Thursdays helping her set up the lab; and $75, half her urgent-care copay.

Two more lines are on it: "Malik will transfer to another school," added by Dr. Harris, and "Malik will apologize to the whole class," added by Mr. Dunn. Ms. Kim signed the whole page. Rochelle tells you Ms. Kim looked uneasy at the class apology.]],
    notes = [[Terms should come from what the people harmed asked for and be reasonable and proportionate (UN Basic Principles 7). A public apology to a class that filmed him may humiliate (degrading terms). A transfer is a school decision, not a repair term. The referrer can ask the facilitator to check; it is not the officer's agreement to rewrite.]],
    choice { "Tell Dr. Harris you'll close the referral only if the transfer and class apology come off, since neither came from Ms. Kim",
      id = "strike-terms", to = "followup",
      set = { checked = true },
      score = { least_intrusive = 1, repair = 1, voluntary = -1, respect = -1 },
      feedback = [[The terms you object to should go, but you rewrite an agreement the participants signed, from outside the circle. The outcome may be right; the way takes their agreement out of their hands.]],
    },
    choice { "Accept the agreement as signed: everyone put their name to it, and reopening it would undo the Center's work",
      id = "accept-signed", to = "followup",
      score = { repair = -1, respect = -2 },
      feedback = [[Respecting a signed agreement matters. But a public apology to the class that filmed him, and a transfer nobody harmed asked for, were added by people with their own agendas.]],
    },
    choice { "Ask Rochelle to check the transfer and class-apology lines with Ms. Kim and the family before you close anything",
      id = "ask-rochelle", to = "followup",
      set = { checked = true },
      score = { repair = 1, victim_voice = 1, respect = 1, least_intrusive = -1 },
      feedback = [[A trade-off. The people in the circle decide their own terms, and the facilitator does the checking. It keeps the referral open a few weeks longer for everyone.]],
    },
  },

  scene "followup" {
    title = "Eight weeks on",
    text = function(v)
      local t = [[Rochelle's follow-up. Malik has done all six Thursdays; Ms. Kim says the break card works. The $75 is unpaid: Mrs. Johnson's hours were cut.]]
      if not v.checked then
        t = t .. [[ He refused the class apology, and has been told to transfer in January.]]
      end
      return t .. [[ Last week he slammed a door and swore at a substitute.

Dr. Harris: He hasn't changed. Send the assault for charging and add the door.]]
    end,
    notes = [[An agreement mostly kept, with a shortfall from hardship, calls for a changed plan, not a harsher outcome. New school misbehavior is the school's to handle. Baltimore's model returns an unfinished agreement to the referral source, here the officer, who decides what that means.]],
    choice { "Keep the referral open three more months with weekly check-ins with you, so the school sees the police are watching",
      id = "watch-him", to = "agreement-kept",
      score = { least_intrusive = -2, respect = -1, safety = 1 },
      feedback = [[It reassures the principal, but weekly police check-ins on a boy who has kept almost everything turn a completed repair into supervision.]],
    },
    choice { "Treat it as kept in substance: ask Rochelle to reset the $75 with the family, and leave the door to the school",
      id = "kept", to = "agreement-kept",
      score = { least_intrusive = 2, repair = 1, accountability = 1 },
      feedback = [[Right. He did what he could; the money is a hardship problem with a practical fix; the door is school discipline.]],
    },
    choice { "Send the assault for charging as Dr. Harris asks, adding the door as disorderly conduct, since the agreement wasn't fully kept",
      id = "charge-after", to = "intake",
      set = { charged_after = true },
      violation = "punished_after_agreement",
      score = { least_intrusive = -2, due_process = -1, accountability = -1 },
      feedback = [[A hardship shortfall and a slammed door become the reason for a heavier outcome than he faced before the agreement. That is what the safeguard forbids.]],
    },
  },

  ending "agreement-kept" {
    title = "The break card",
    text = function(v)
      local t = [[The referral closes. Malik finishes the year in another science section, and in May he helps Ms. Kim run the science fair.]]
      if not v.checked then
        t = [[The referral closes. Malik transfers to another school in January, as the agreement says. Ms. Kim sends him a card; she never learns whether he read it.]]
      end
      if v.arrested then t = t .. [[ The arrest from the first morning is still on his juvenile record.]] end
      if v.danger then t = t .. [[ Your "danger to staff" line went into the district file and follows him to high school.]] end
      if v.lectured then t = t .. [[ Mrs. Johnson remembers the officer's warning more than anything else said in the circle.]] end
      if v.iep_sent then t = t .. [[ Mrs. Johnson has asked the school to stop sharing Malik's records with police.]] end
      if v.pressed then t = t .. [[ Ms. Kim tells a colleague she never really chose any of it.]] end
      return t
    end,
    outcome = {
      victim = "She was heard, got what she asked for, and has a plan for the next time he is overwhelmed.",
      accused = "Malik repaired the harm and stayed in school, without a charge.",
      community = "A school incident resolved without a court and, mostly, without exclusion.",
    },
    debrief = [[The conference worked because the officer kept to the officer's part: safety first, the teacher asked, the boy's rights kept, the facts reported, the terms left to the people harmed. Each shortcut (an arrest, an opinion in a report, a record shared) stays with him after the agreement is done.]],
  },

  ending "school-handled" {
    title = "The school's own route",
    text = function(v)
      if v.late then
        return [[The school handles it alone: a ten-day suspension and a new class. Ms. Kim returns to work and never hears what Malik understood. Mr. Dunn files a grievance that the police "did nothing".]]
      end
      return [[There is no charge. The school moves Malik to another science section and his IEP team adds a break plan. Ms. Kim is told, at her request, what changed. In spring she says hello to him in the hall.]]
    end,
    outcome = {
      victim = "Either her wishes shaped the outcome, or she was never asked.",
      accused = "No record; what he learned depends on the school.",
      community = "Police stayed out of school discipline.",
    },
    debrief = [[Leaving it to the school can be the least intrusive answer, but only when the person harmed has had a say. When she was asked and said no to meeting, a school response built from her wishes was fair. When she was never asked, the same outcome left her out.]],
  },

  ending "intake" {
    title = "Juvenile intake",
    text = function(v)
      if v.charged_after then
        return [[Malik's case goes to juvenile intake with a disorderly-conduct count added for the door. The intake officer reads Rochelle's file (six Thursdays kept, a copay unpaid) and asks why the case is here at all. Ms. Kim, who signed the agreement, hears about the charge from Dr. Harris.]]
      end
      return [[Malik's case goes to juvenile intake. A court date is set for March, five months away. Ms. Kim, who asked for a class change and no arrest, gets a letter asking whether she wishes to give a victim impact statement.]]
    end,
    outcome = {
      victim = "The case left her hands; the court will decide what she gets.",
      accused = "A 14-year-old with an IEP enters the juvenile court system.",
      community = "The formal route, with its delays and its record.",
    },
    debrief = [[Sending a case for charging is lawful. Sending it after a conference was mostly completed, or against what the victim asked, turns the referral into a trap. The charge was there from the first morning; the question every time was whether it was the least that would do.]],
  },
}
