-- The Paletero's Cart: a robbery victim who speaks Mam, a co-defendant's mother who speaks
-- Spanish, and two 16-year-olds whose cases have to move together without being merged.
-- Modelled on Alameda County's pre-charge Restorative Community Conferencing (B.5, "extra")
-- and the UN Basic Principles on restorative justice (ECOSOC 2002/12), para 13(a): the right
-- to the assistance of an interpreter. The prosecutor screens, refers, consents to terms and
-- decides the case; the facilitator runs preparation and the conference.

return scenario {
  id = "interpreter-needed",
  version = 1,
  title = "The Paletero's Cart",
  role = "prosecutor",
  summary = [[Two 16-year-olds robbed an ice-cream vendor in Oakland's Fruitvale. Mr. Ixcoy speaks Mam; one boy's mother speaks only Spanish. As the deputy DA deciding the case, you choose who interprets, how the two boys' cases move together, and what the office signs, weighing the victim's wish for speed against everyone's right to understand.]],
  minutes = 20,
  modelled_on = "Alameda County (CA) Restorative Community Conferencing, pre-charge diversion at the DA's discretion; UN Basic Principles on restorative justice (ECOSOC 2002/12), para 13(a), the right to an interpreter",
  speakers = { "Mr. Ixcoy", "Edwin", "Marisol", "Kerr", "Ms. Park", "Mr. Adeyemi", "Ms. Flores", "Ana" },
  figures = {
    { text = "Youth who went through Alameda County's Restorative Community Conferencing were re-offending at 18.4% after 12 months, against 32.1% for comparable court-processed youth (19.6% vs 36.7% at 18 months). The groups were compared, not randomized.",
      source = "Impact Justice (2017), reported at witnessla.com/through-restorative-community-meetings-juveniles-repair-harm-and-avoid-lockup" },
    { text = "An NCCD study of the same program (2015) found that 99% of victims said they would take part again, and put a conference at about $4,500 against about $23,000 a year on probation.",
      source = "NCCD (2015), evidentchange.org/publication/scaling-restorative-community-conferencing-through-a-pay-for-success-model-a-feasibilit/" },
  },
  vars = {
    filed = false,          -- petitions were filed at intake instead of a pre-charge referral
    curfew = false,         -- a curfew and stay-away were made conditions of the referral
    interp = "mam",         -- how Mr. Ixcoy was first told: "mam", "family" (Edwin) or "spanish"
    doubt = false,          -- his "yes" was not given through a neutral interpreter in his language
    pressed = false,        -- he was pushed to take part after saying no, or went ahead on a doubtful yes
    counsel_breach = false, -- Dario spoke about the robbery before his lawyer advised him
    coerced = false,        -- Dario was told the offer lapses if he pulls back
    summary_used = false,   -- Jaylen's prep words were used against Dario
    format = "none",        -- "joint", "separate" or "quick"
    grid = false,           -- the office's standard community-service hours were added to the plan
    saturdays = true,       -- the Saturdays at the cart stayed in the plan
    punished = false,       -- Dario's shortfall was used to ask for a harsher outcome
    held = false,           -- Jaylen's finished case was held open to wait for Dario's
  },
  start = "intake",

  scene "intake" {
    title = "Monday, juvenile unit, Alameda County DA",
    text = [[The police report: on Saturday afternoon on International Boulevard, Jaylen Brooks, 16, shoved Tomás Ixcoy's ice-cream cart over, grabbed his cash pouch ($180) and ran. Dario Flores, 16, scooped up the bills that spilled and ran with him. Mr. Ixcoy, 58, fell and hurt his wrist. A taquería camera shows all of it. Neither boy has a record; both were released to family and, with lawyers, said nothing.

The patrol officer took Mr. Ixcoy's statement "with help from a bystander who spoke Spanish".

Kerr, your supervisor: Robbery with a victim on the ground. Your call, but I want it decided this week.]],
    notes = [[Alameda County's Restorative Community Conferencing is pre-charge diversion at the DA's discretion for serious offenses with an identifiable victim, robbery included; completion means no charge is filed. The evidence here supports a charge against each boy, so a referral is not net-widening. California requires youth 17 and under to consult a lawyer before a custodial interrogation (Welf. & Inst. Code 625.6) [verify]. Curfews and stay-away orders as referral conditions are this story's invention, not program rules [verify].]],
    questions = {
      "Why does it matter that the evidence would support a charge against each boy?",
    },
    choice { "File robbery petitions for both now: the video is strong, the victim was hurt, and the court can still send them to conferencing later",
      id = "file-both", to = "first-contact",
      set = { filed = true },
      score = { least_intrusive = -2, accountability = -1 },
      feedback = [[Filing is lawful and the evidence is there, but it puts two first-time 16-year-olds into court when the county has a pre-charge route built for exactly this case. Even if the petitions are later dismissed, the filing itself leaves a trace a referral would not.]],
    },
    choice { "Refer both boys to Restorative Community Conferencing before charge: the video supports a robbery charge against each, and neither has a record",
      id = "refer-both", to = "first-contact",
      score = { least_intrusive = 2, due_process = 1, accountability = 1 },
      feedback = [[The pre-charge referral fits: enough evidence to charge each boy, an identifiable victim, first offenses. Referring both keeps one incident in one process, so Mr. Ixcoy deals with one program, not two.]],
    },
    choice { "Refer both before charge, on condition they keep a 7 p.m. curfew and stay off International Boulevard until the case closes, as vendors there want",
      id = "refer-curfew", to = "first-contact",
      set = { curfew = true },
      score = { least_intrusive = -2, respect = -1, safety = 1 },
      feedback = [[The referral is right; the conditions are not. Nobody harmed asked for them yet, and the boulevard is where both boys catch the bus to school. Conditions the prosecutor adds before anyone has spoken take the agreement out of the participants' hands.]],
    },
  },

  scene "first-contact" {
    title = "Tuesday: who will tell him?",
    text = [[Before Marisol Vega, the program's facilitator, contacts him, your office's victim advocate, Ana, must tell Mr. Ixcoy what is proposed and what his choices are. His first language is Mam, a Mayan language; he gets by in Spanish at the market. He does not read.

His nephew Edwin, 22, phones. He speaks Mam, Spanish and English.

Edwin: My uncle wants this done fast. He's losing days. I can translate for him today, he trusts me. He doesn't want strangers in his house.

The court's interpreter office can book a Mam interpreter by video on Friday. Your staff Spanish interpreter is free tomorrow.]],
    notes = [[UN Basic Principles para 13(a) gives the parties the right to an interpreter; para 13(b) requires that they be fully informed before they agree. A family member is quick and trusted but not neutral: Edwin has his own view of what should happen, and he is a witness to the aftermath. A second language good enough for the market may not carry "pre-charge diversion" or "you can say no". Availability of Mam interpreters by video through court contracts [verify].]],
    questions = {
      "What does Mr. Ixcoy gain from Edwin interpreting, and what can he lose?",
    },
    choice { "Let Ana go today with Edwin interpreting: he's trusted, he's family, and his uncle has asked for speed and no strangers",
      id = "edwin-interprets", to = "doubtful-yes",
      set = { interp = "family", doubt = true },
      score = { voluntary = -1, victim_voice = -2, respect = -1 },
      feedback = [[Quick and familiar, and it honors the wish for no strangers. But Edwin is not neutral, and nobody can check what he passes on, either way: his uncle's words may reach you as Edwin's. Consent given through a relative with his own views may not be Mr. Ixcoy's own informed choice (UN Basic Principles 13(a)-(b)).]],
    },
    choice { "Book the staff Spanish interpreter for tomorrow: he manages in Spanish, it's a day away, and Mam would cost most of a week",
      id = "spanish-tomorrow", to = "doubtful-yes",
      set = { interp = "spanish", doubt = true },
      score = { voluntary = -1, victim_voice = 1 },
      feedback = [[A neutral interpreter, quickly. But Spanish is his market language, not his first one, and a legal choice is exactly where a second language gives way. Being fast in a language he half follows is not the same as being informed.]],
    },
    choice { "Ask Edwin only to set a time, and book the Mam interpreter for Friday; Edwin can sit beside his uncle as his supporter",
      id = "mam-interpreter", to = "ixcoy-meeting",
      set = { interp = "mam" },
      score = { voluntary = 2, respect = 1, victim_voice = -1 },
      feedback = [[A trade-off. He hears his choices in his own language from someone with no stake, and keeps Edwin beside him. It costs him three days he asked not to lose, and a stranger on a screen in his kitchen.]],
    },
  },

  scene "doubtful-yes" {
    title = "Ana's report",
    text = function(v)
      local how
      if v.interp == "family" then
        how = [[Ana: Mr. Ixcoy talked for a long time. Edwin translated it as "He says yes, do it, and they should pay for everything." When I asked about the wrist, Edwin answered himself. I don't know what his uncle heard from me.]]
      else
        how = [[Ana: He said "sí" to everything, even before the interpreter finished. When she asked him to say back what a conference was, he said it was where the judge decides. He signed the form with an X.]]
      end
      return how .. [[


Marisol can start preparation with both boys next week once the victim's consent is on file. Kerr wants the referral closed out.]]
    end,
    notes = [[Consent must be free and informed (UN Basic Principles 7, 13(b)). A yes that cannot be traced to what the person understood is not informed consent, however sincere everyone is. Going back costs days he did not want to lose; that cost is real and should be said out loud.]],
    questions = {
      "What would tell you that a 'yes' is his own?",
    },
    choice { "Ask the same interpreter to go over it once more with him, slowly and point by point, and take his answer from that",
      id = "go-over-again", to = "dario-family",
      score = { voluntary = -1, victim_voice = -1 },
      feedback = [[Slower is better than nothing, but the problem was not speed. The same channel carries the same gaps, and his answer still cannot be traced to what he understood. The doubt travels on with the case.]],
    },
    choice { "Tell Ana it can't go on file yet, apologize to him for the delay, and book the Mam interpreter for Friday",
      id = "rebook-mam", to = "ixcoy-meeting",
      set = { doubt = false },
      score = { voluntary = 2, victim_voice = -1, due_process = 1 },
      feedback = [[A recovery, at a price: he waits three more days for something he thought was done. But now his choice can be his own, in his own language, with Edwin beside him as a supporter rather than a filter.]],
    },
    choice { "Put the yes on file and let Marisol start preparation: he said yes, he wants it quick, and preparation will catch any problems",
      id = "file-the-yes", to = "dario-family",
      set = { pressed = true },
      violation = "no_victim_consent",
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [[A yes that was never shown to be informed is not consent (UN Basic Principles 7, 13(b)). Referring on it means he may arrive at a meeting he never understood he had chosen. Preparation may catch it, but by then he has been brought into the process on someone else's word.]],
    },
  },

  scene "ixcoy-meeting" {
    title = "Friday, Mr. Ixcoy's kitchen",
    text = function(v)
      local done = "No charge is filed if they finish."
      if v.filed then done = "The petitions are dismissed if they finish." end
      return [[The Mam interpreter appears on Ana's tablet. Edwin sits beside his uncle. Ana explains the two routes: the ordinary juvenile court, or a conference where both boys face him, with their families, and agree how to put things right. ]] .. done .. [[ He can say no, and he will be offered help either way.

Mr. Ixcoy asks three questions: will the boys go to jail if he says no (probably not), will he have to pay anything (no), can Edwin come (yes). Then he turns to the tablet.

Mr. Ixcoy: You are the law. You tell me what is best.]]
    end,
    notes = [[A victim who asks the professional to decide is common, especially where officials are held in respect. Honest information is owed; steering is not (UN Basic Principles 13(c)). Handing the choice to a relative moves it, it does not make it his.]],
    questions = {
      "How do you answer 'you tell me' without deciding for him?",
    },
    choice { "Say you can't choose for him, go over what each route would ask of him, and give him until Wednesday to call back through the interpreter",
      id = "his-choice", to = { { 4, "dario-family" }, { 1, "declined" } },
      score = { voluntary = 2, victim_voice = 1 },
      feedback = [[A trade-off. The choice stays his, and he has time and an interpreter to ask more. He looks let down: he asked for guidance and got a careful refusal. That is the cost of not steering him.]],
    },
    choice { "He asked you directly, so tell him honestly you think the conference is the better route for him, and that he can still say no",
      id = "recommend", to = { { 4, "dario-family" }, { 1, "declined" } },
      score = { voluntary = -1, respect = 1 },
      feedback = [[Honest and respectful of his question, and many would answer this way. But from the person who can charge the boys, "I think" weighs heavily; his yes now leans on your view, not his own weighing of the two routes.]],
    },
    choice { "Suggest he talk it over with Edwin tonight and let Edwin call with the family's answer, since they clearly decide together",
      id = "edwin-decides", to = { { 4, "dario-family" }, { 1, "declined" } },
      set = { doubt = true },
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [[It sounds respectful of the family, but it hands the answer back to the channel you just avoided. The decision reaches you through Edwin, and you cannot tell whose it is.]],
    },
  },

  scene "declined" {
    title = "Wednesday: he says no",
    text = [[Mr. Ixcoy calls Ana through the interpreter line.

Mr. Ixcoy: I don't want to sit with them. I want my money and my cart fixed. I want them to know I lost two weeks of work. That's all.

Marisol tells you the program can still run a conference for the boys with their families and a community member, and relay his words, if he agrees to that. Both boys' lawyers say their clients are ready.]],
    notes = [[His no to meeting is final (UN Basic Principles 7). He has said what he wants: repayment and for the boys to know the cost. Relaying a victim's views without the victim present is established practice (Thames Valley relayed absent victims' views in 12,065 cautions). Whatever route, he is owed help with restitution and his injury.]],
    choice { "Ask Edwin to talk to his uncle again: once he hears the boys will be charged otherwise, he may want to come after all",
      id = "press-again", to = "dario-family",
      set = { pressed = true, doubt = true },
      violation = "no_victim_consent",
      score = { voluntary = -3, victim_voice = -2 },
      feedback = [[He has answered. Sending a relative to change his mind with the boys' fate as the lever is pressure, and a yes won that way is not free (UN Basic Principles 7, 13(c)).]],
    },
    choice { "Send both cases through the ordinary juvenile court, and have Ana keep working with him in Mam on restitution and his wrist",
      id = "file-with-services", to = "court-with-services",
      score = { victim_voice = 1, due_process = 1, least_intrusive = -1 },
      feedback = [[Lawful and prompt: the case goes back without delay (UN Basic Principles 11) and he keeps support. But he asked for repayment and for the boys to know what it cost, and the program could deliver that without a charge.]],
    },
    choice { "Ask him through Ana whether he'd accept a conference without him, his words relayed by Marisol, and repayment set from what he's told you",
      id = "relay-views", to = "relayed-plan",
      score = { victim_voice = 2, least_intrusive = 2, accountability = 1 },
      feedback = [[His no stands, and he is asked, not told, about a route that gives him what he named: money, a fixed cart, and the boys knowing the cost. The boys still face the harm, without a charge.]],
    },
  },

  scene "relayed-plan" {
    title = "A plan made without him",
    text = [[Mr. Ixcoy agreed, through the interpreter, to a conference without him. Marisol read his words to both boys and their families, in English and Spanish: the two weeks of work, the wrist, the cart.

The plan reaches you for the office's consent. The boys owe $420 between them. Mr. Ixcoy asked for it "now, not in a year". Ms. Flores, through the interpreter, says the most her family can find is $40 a month.

Kerr: Without the victim in the room they got off light. Add forty hours.]],
    notes = [[Terms must be reasonable and proportionate (UN Basic Principles 7), and a victim's need for prompt repayment is real. A schedule a family cannot keep sets the boy up to fail; terms added because the victim was absent punish the boys for his choice.]],
    choice { "Consent to the repayment and add forty hours of community service, since the boys never had to face their victim",
      id = "relayed-hours", to = "relayed-views",
      score = { least_intrusive = -2, accountability = 1, repair = -1 },
      feedback = [[His absence was his right, not the boys' good luck. Adding hours because he chose not to come makes his no the reason for a heavier plan.]],
    },
    choice { "Require the full $420 within thirty days, as he asked: he is the one who lost two weeks of work",
      id = "relayed-now", to = "relayed-views",
      score = { victim_voice = 1, repair = -1, least_intrusive = -1 },
      feedback = [[It honors what he asked for, but a family that can find $40 a month cannot find $420 in thirty days. A term nobody can keep fails him later instead of now.]],
    },
    choice { "Consent to a schedule the families can keep, and ask Marisol to tell him in Mam when each payment will come",
      id = "relayed-schedule", to = "relayed-views",
      score = { repair = 2, least_intrusive = 1, victim_voice = -1 },
      feedback = [[A trade-off. The plan is one the boys can finish, and he knows exactly what to expect and when. The cost is his: he asked for the money now and will wait months for the last of it.]],
    },
  },

  scene "dario-family" {
    title = "Dario's preparation",
    text = [[Marisol calls. Jaylen's lawyer, Mr. Adeyemi, has advised him and his grandmother; Jaylen's first preparation meeting is Thursday.

Dario's mother, Rosa Flores, speaks only Spanish. The office's diversion papers, the confidentiality notice included, are in English. Dario's public defender, Ms. Park, can't see him for twelve days.

Marisol: Dario wants to go Thursday too. He reads English fine and says he'll translate the papers for his mom. I'm bilingual, I can run the meeting in Spanish. If we wait for everything, Mr. Ixcoy waits another two weeks.]],
    notes = [[UN Basic Principles 13(a): legal advice, an interpreter, and a parent for a minor. A parent who signs what her son translated for her has not been informed by anyone neutral, and a boy who talks about the robbery before his lawyer has advised him has made an admission without advice (DC OAG rule, seed 000). A facilitator running a meeting in the family's language is not the same as a certified translation of legal papers [verify California rules on translating diversion forms].]],
    questions = {
      "Which part of Thursday can safely go ahead, and which can't?",
    },
    choice { "Keep Thursday as an introduction in Spanish with Ms. Flores there: no talk about the robbery and no papers until Ms. Park has seen Dario",
      id = "intro-only", to = "summary",
      score = { voluntary = 1, due_process = 1, respect = 1, victim_voice = 1 },
      feedback = [[A trade-off. The family meets Marisol in their own language and nothing is lost on the timetable, but nothing that needs advice happens yet. Waiting for everything would be a little safer on paper, and it would cost Mr. Ixcoy two weeks for little gain.]],
    },
    choice { "Hold Dario's preparation until Ms. Park has advised him and a certified interpreter can take Ms. Flores through the papers",
      id = "wait-for-all", to = "summary",
      score = { due_process = 2, voluntary = 1, victim_voice = -1 },
      feedback = [[Nothing can go wrong on rights, and that is worth a lot. But the two boys' cases now drift apart, Mr. Ixcoy waits, and Dario's family has no contact with the program for two weeks.]],
    },
    choice { "Let Thursday go ahead as Marisol planned: the notice makes everything he says confidential, and Ms. Park can review the papers afterwards",
      id = "son-translates", to = "park-objects",
      set = { counsel_breach = true },
      violation = "admission_before_counsel",
      score = { due_process = -2, voluntary = -1, respect = -1 },
      feedback = [[Confidentiality is not legal advice. Dario talks about the robbery before anyone has told him what admitting can lead to, and his mother signs papers her son translated for her. Neither is informed in the way UN Basic Principles 13(a)-(b) require.]],
    },
  },

  scene "park-objects" {
    title = "Ms. Park calls",
    text = [[Ms. Park: My client described the robbery to a facilitator before I'd met him, and his mother signed papers she can't read, translated by the boy himself. I'm advising him to stop talking until I know what's on file.

Marisol has Dario's account in her notes. Jaylen's preparation is going well. Mr. Ixcoy, through Edwin, asks when the meeting is.]],
    notes = [[Repairing a breach means putting the person back where they should have been: advice first, then a free choice. A threat to end the offer if he stops is coercion (UN Basic Principles 13(c)).]],
    choice { "Tell Ms. Park the offer is time-limited: if Dario stops now, his case goes back for filing while Jaylen's goes ahead",
      id = "offer-lapses", to = "summary",
      set = { coerced = true },
      violation = "coerced_accused",
      score = { voluntary = -2, due_process = -1 },
      feedback = [[This turns a fair request for advice into a threat. Making a boy choose between his lawyer's advice and the program is the pressure UN Basic Principles 13(c) forbids.]],
    },
    choice { "Tell her the Thursday meeting stands as it was, but nothing more happens with Dario until she has met and advised him",
      id = "pause-dario", to = "summary",
      score = { due_process = 1, voluntary = -1 },
      feedback = [[Stopping is right, but the Thursday notes stand and Ms. Flores's signature stays on papers she could not read. Part of the harm is left in place.]],
    },
    choice { "Agree the Thursday notes are set aside and the papers void; preparation restarts after her advice, in Spanish, with an interpreter",
      id = "start-over", to = "summary",
      set = { counsel_breach = false },
      score = { due_process = 2, voluntary = 1, victim_voice = -1 },
      feedback = [[A real repair, and it costs time: Mr. Ixcoy waits longer. But Dario now decides after advice, and his mother signs what she has understood.]],
    },
  },

  scene "summary" {
    title = "Marisol's weekly summary",
    text = [[Marisol's weekly note reaches you. One line should not be in it: "Jaylen says Dario picked the vendor because he keeps his cash in a pouch."

Kerr reads it over your shoulder.

Kerr: So Flores planned it. That's not a kid picking up bills. Take him out of conferencing and file.

The video shows Dario arriving with Jaylen and picking up bills. Nothing else in the evidence points to planning.]],
    notes = [[What is said in preparation is confidential and may not be used in charging or passed on without every party's consent (UN Basic Principles 14; DC OAG immunity, seed 000). The decision has to rest on evidence the office had. Co-defendants' accounts often differ; the conference is where each answers for his own part, not where the prosecution settles who did what.]],
    questions = {
      "What is lost if the boys learn that what they say in preparation can be used against each other?",
    },
    choice { "Ask both lawyers whether their clients would agree an account of how the day started before the conference, so the facts are settled",
      id = "lawyers-agree", to = "format",
      score = { accountability = 1, voluntary = -1 },
      feedback = [[It aims at accountability, and it may even settle the facts. But the boys' own words get replaced by a lawyers' script, and the request signals that the office knows something it should not. The conference is where each boy can tell his own part.]],
    },
    choice { "Set the line aside: decide on the evidence you had, note that you did, and ask Marisol to keep summaries to attendance and readiness",
      id = "set-aside", to = "format",
      score = { due_process = 2, respect = 1 },
      feedback = [[A trade-off. Confidentiality holds, and both boys can keep talking freely. The cost: who planned what stays unsettled going into the conference, and Kerr thinks you looked away from it.]],
    },
    choice { "Re-screen Dario on what Jaylen said: planning changes his part, and the office can't pretend it didn't read the line",
      id = "use-summary", to = "fallout",
      set = { summary_used = true },
      violation = "statements_used",
      score = { due_process = -2, respect = -1, voluntary = -1 },
      feedback = [[What Jaylen said in preparation is confidential (UN Basic Principles 14). Using it against Dario turns preparation into an interview, for both boys and their families.]],
    },
  },

  scene "fallout" {
    title = "Word gets around",
    text = [[Ms. Park has heard why Dario is being re-screened, and so has Jaylen's grandmother.

Mr. Adeyemi: If what my client says in preparation goes into your file on the other boy, it goes into your file on mine. We're pausing.

Marisol: Neither family will talk to me now. Mr. Ixcoy keeps asking when the meeting is.]],
    notes = [[A breach of confidentiality cannot be undone, but it can be stopped and put right in writing, which is what lets the families trust preparation again.]],
    choice { "Withdraw the re-screening, tell both lawyers in writing that nothing said in preparation will be used, and ask Marisol to restart",
      id = "withdraw", to = "format",
      set = { summary_used = false },
      score = { due_process = 2, respect = 1 },
      feedback = [[The right repair. It will not make the families forget, but a written promise is what lets both boys talk again, and both cases can still move together.]],
    },
    choice { "Send Dario's case to court as Kerr wants and let Jaylen's conference go ahead on its own once Mr. Adeyemi is satisfied",
      id = "file-dario", to = "dario-returns",
      score = { least_intrusive = -2, due_process = -1, victim_voice = -1 },
      feedback = [[The case against Dario now rests partly on what his co-defendant said in confidence, and Mr. Ixcoy loses the one meeting with both boys he asked for.]],
    },
  },

  scene "format" {
    title = "One meeting or two?",
    text = function(v)
      if v.doubt then
        return [[Marisol meets Mr. Ixcoy with a Mam interpreter from her program, as she always does.

Marisol: He thought the judge had ordered him to come. He said, "Edwin told me it was the law." He's not refusing. He just never knew he could.

The conference is pencilled in for two weeks' time. Both boys are preparing.]]
      end
      return [[Marisol has met Mr. Ixcoy with a Mam interpreter.

Mr. Ixcoy: I want to see both boys together, once. I don't want to tell it twice.

Mr. Adeyemi wants separate meetings: he fears the boys will blame each other. Marisol can run one meeting with a co-facilitator and both interpreters, Mam and Spanish; it will take most of a Saturday.]]
    end,
    notes = [[Co-defendants can be conferenced together or apart. Together honors a victim who wants one meeting and lets each boy hear the other's part; apart protects accountability from blame-shifting. With two interpreters, consecutive interpretation roughly doubles the time. A victim who did not know he could say no has not consented (UN Basic Principles 7).]],
    questions = {
      "What does each boy risk in a joint meeting, and what does Mr. Ixcoy gain?",
    },
    choice { "One conference as he asked, with a co-facilitator, both interpreters, and each boy prepared to speak to his own part only",
      id = "joint", to = "signing",
      when = function(v) return not v.doubt end,
      set = { format = "joint" },
      score = { victim_voice = 2, respect = 1, accountability = 1 },
      feedback = [[A trade-off. He is heard once, as he asked, and each boy hears the whole harm. The risk of blame between the boys is managed by preparation, not removed; separate meetings would have been safer on that count.]],
    },
    choice { "Two conferences a week apart, so each boy answers for his own part without pointing at the other; he may send a supporter to the second",
      id = "separate", to = "signing",
      when = function(v) return not v.doubt end,
      set = { format = "separate" },
      score = { safety = 1, accountability = 1, victim_voice = -1 },
      feedback = [[Safer for the boys, and each answers for himself. But Mr. Ixcoy asked to tell it once, and now he tells it twice or through a stand-in.]],
    },
    choice { "Keep his date: one conference this Saturday with Marisol alone and Edwin interpreting, since both interpreters can't be booked before June",
      id = "quick", to = "signing",
      when = function(v) return not v.doubt end,
      set = { format = "quick", doubt = true },
      score = { voluntary = -2, safety = -1, respect = -1 },
      feedback = [[It honors his wish for speed, but a three-language meeting run by one facilitator, with the victim's own nephew interpreting, leaves the boys and Ms. Flores unable to check what is said about them.]],
    },
    choice { "He isn't refusing: keep the date, and have Marisol remind him at the start that he can leave whenever he likes",
      id = "keep-date", to = "signing",
      when = function(v) return v.doubt end,
      set = { pressed = true, format = "joint" },
      violation = "no_victim_consent",
      score = { voluntary = -2, victim_voice = -1 },
      feedback = [["Not refusing" is not consent. He came because he thought the law required it. Telling him at the door he may leave is too late to make the choice his (UN Basic Principles 7).]],
    },
    choice { "Ask Marisol to tell him plainly, in Mam, that it's his choice, and to hold the date only if he then says yes",
      id = "ask-afresh", to = "format",
      when = function(v) return v.doubt end,
      set = { doubt = false },
      score = { voluntary = 1, least_intrusive = -1 },
      feedback = [[The repair is simple and late: he chooses now, knowing he can say no. It may cost the date, and it should.]],
    },
  },

  scene "signing" {
    title = "Saturday afternoon: the plan",
    text = function(v)
      local how = [[The conference has run four hours. ]]
      if v.pressed then
        how = [[Mr. Ixcoy sat through the conference with his arms folded and left before the end; Edwin spoke for him. ]]
      elseif v.format == "separate" then
        how = [[The second conference has just ended. ]]
      end
      local who = "Mr. Ixcoy asked"
      if v.pressed then who = "Edwin, for his uncle, asked" end
      return how .. [[Marisol phones you from the community center. ]] .. who .. [[ for his $180 back, the cart wheel and umbrella fixed ($240), and for the boys to push his cart with him on four Saturdays "so they see my day". Both boys agreed.

The plan is written in English. Mr. Ixcoy wants to sign today. Ms. Flores asks for it in Spanish first. Your office signs only plans each family understands.]]
    end,
    notes = [[The facilitator writes the plan; the prosecutor consents to it within office policy. A sight translation read aloud, with questions, is how many courts handle documents for people who do not read the language; a written Mam version would be of little use to a man who does not read [verify office and court practice]. The policy in this story is an invented one.]],
    choice { "Have everyone sign the English plan today: the facilitator summed it up clearly in the room, and the lawyers will go over it with the boys",
      id = "sign-english", to = "plan-review",
      score = { voluntary = -2, due_process = -1, respect = -1 },
      feedback = [[A summary in the room is not the plan. Ms. Flores signs for her son what she cannot read, and Mr. Ixcoy signs with an X a text nobody read to him in full.]],
    },
    choice { "Hold the signatures until a certified Spanish translation and a recorded Mam version exist, about two weeks, so nobody signs what they can't go back to",
      id = "wait-written", to = "plan-review",
      score = { due_process = 2, voluntary = 1, victim_voice = -2 },
      feedback = [[Thorough, and every family will have something to go back to. But Mr. Ixcoy, who does not read, gains little from a written version and loses two more weeks before any repair begins.]],
    },
    choice { "Sign today once each interpreter has read the whole plan aloud and both families have asked their questions; a written Spanish copy follows",
      id = "sight-sign", to = "plan-review",
      score = { voluntary = 1, victim_voice = 1, due_process = 1 },
      feedback = [[A trade-off. Everyone hears every term in their own language and can ask before signing, and Mr. Ixcoy's wish to finish today is kept. The written Spanish copy arrives after the signature, which a stricter reading would not allow.]],
    },
  },

  scene "plan-review" {
    title = "Monday: the plan on your desk",
    text = function(v)
      local extra = ""
      if v.curfew then
        extra = " It also repeats the curfew and stay-away you set at referral."
      end
      return [[The plan reaches you for the office's consent. Each boy pays $210 by September; four Saturdays at the cart, with Marisol checking in; a letter from each, read to Mr. Ixcoy by the interpreter. Marisol's template has added two lines nobody asked for: no contact between the boys, and a 9 p.m. curfew.]] .. extra .. [[


Kerr: Robbery diversions here come with forty hours of community service. And I don't love two boys alone with the man they robbed.]]
    end,
    notes = [[Terms should come from what participants asked for, and be reasonable and proportionate (UN Basic Principles 7). The no-contact line between co-defendants who attend the same school would be hard to keep and was not requested. Unsupervised contact between victim and young people is a real safety question; here the facilitator checks in and the victim asked for it.]],
    questions = {
      "Which terms came from the people in the room, and which from the system?",
    },
    choice { "Approve it but swap the Saturdays for community service: two boys alone with the man they robbed is a risk the office shouldn't sign",
      id = "cut-saturdays", to = "review",
      set = { saturdays = false },
      score = { safety = 1, victim_voice = -2 },
      feedback = [[A real worry, and it buys some safety. But the Saturdays were Mr. Ixcoy's own request, with Marisol checking in, and replacing them with hours for strangers takes the heart out of his repair.]],
    },
    choice { "Consent to the terms the participants asked for, and strike the template's curfew and no-contact lines, which nobody asked for",
      id = "approve-asked", to = "review",
      set = { curfew = false },
      score = { least_intrusive = 2, repair = 1, victim_voice = 1, safety = -1 },
      feedback = [[A trade-off. The plan stays what the people in the room made, and nothing is added that nobody asked for. The cost: the Saturdays carry a small risk that Marisol's check-ins manage but do not remove.]],
    },
    choice { "Consent to all of it and add the office's standard forty hours, so these boys get what comparable robbery diversions get",
      id = "add-grid", to = "review",
      set = { grid = true },
      score = { least_intrusive = -2, repair = -1, accountability = 1 },
      feedback = [[Consistency matters to an office, but forty hours nobody asked for, on top of the curfew and no-contact lines, turns a plan built by the participants into a sentence.]],
    },
  },

  scene "review" {
    title = "September: the three-month review",
    text = [[Marisol's review. Jaylen has paid $210, done his four Saturdays and written his letter. Mr. Ixcoy asked the interpreter to read it twice.

Dario has paid $90 and done two Saturdays. His mother lost shifts in July and he took a weekend job. Ms. Flores, through the interpreter, says they will finish.

Mr. Ixcoy: The small one works hard. Give him time.

Kerr: Close one, file the other. That's how it works.]],
    notes = [[Co-defendants finish at different speeds. Holding one boy's case open until the other finishes punishes him for someone else's circumstances. A shortfall caused by hardship calls for a changed plan, not a harsher outcome (UN Basic Principles 17 [verify wording]; Baltimore CCC returns unfinished cases to the referral source).]],
    questions = {
      "Why should Jaylen's case not wait for Dario's?",
    },
    choice { "Close Jaylen's case now, and give Dario three more months on a payment schedule Marisol works out with his mother in Spanish",
      id = "close-extend", to = { { 4, "both-closed" }, { 1, "dario-returns" } },
      score = { least_intrusive = 2, repair = 1, victim_voice = 1 },
      feedback = [[Each boy is treated on his own record: Jaylen is done, Dario gets a plan he can keep, and Mr. Ixcoy's wish to give him time is honored.]],
    },
    choice { "Keep both cases open until Dario finishes, so the boys close together and Mr. Ixcoy has one closing meeting",
      id = "hold-both", to = "both-closed",
      set = { held = true },
      score = { least_intrusive = -2, due_process = -1, victim_voice = 1 },
      feedback = [[One closing meeting is tidy, but Jaylen, who has done everything, waits months under a pending case because of his co-defendant's family's hardship.]],
    },
    choice { "Send Dario's case to court as Kerr says and tell the judge he failed diversion, asking for probation with the full restitution",
      id = "file-failed", to = "dario-returns",
      set = { punished = true },
      violation = "punished_after_agreement",
      score = { least_intrusive = -2, due_process = -1, repair = -1 },
      feedback = [[He is paying and working, and the victim asked for time. Using a hardship shortfall as the reason for a harsher outcome is what UN Basic Principles 17 rules out.]],
    },
  },

  ending "both-closed" {
    title = "Two boys, one cart",
    text = function(v)
      local t = [[By December both boys have finished. No charge is filed against either.]]
      if v.filed then
        t = [[By December both boys have finished and both petitions are dismissed. The filings stay in the court's index; Dario's school counselor asks about his "case".]]
      end
      if v.saturdays then
        t = t .. [[ On the last Saturday Dario pushes the cart up 35th Avenue by himself while Mr. Ixcoy walks beside it.]]
      else
        t = t .. [[ The boys did their hours at a food bank across town; Mr. Ixcoy never saw them again after the conference.]]
      end
      if v.pressed then
        t = t .. [[ Edwin tells Ana his uncle still says he was "sent" to the meeting.]]
      end
      if v.held then
        t = t .. [[ Jaylen's case stayed open until December for a plan he had finished in August.]]
      end
      if v.grid then
        t = t .. [[ The forty hours took longer than everything else in the plan.]]
      end
      if v.counsel_breach then
        t = t .. [[ Ms. Park's file still notes that her client described the robbery before she had met him.]]
      end
      return t
    end,
    outcome = {
      victim = "He was repaid, his cart fixed, and the boys knew his day. How much of it was his own choice depended on who interpreted for him.",
      accused = "Both boys finished without a charge; each was held to his own part and his own pace.",
      community = "A serious street robbery repaired without court, in three languages.",
    },
    debrief = [[Language access was not a courtesy here: it was what made the victim's and the mother's consent real. The cases moved together without being merged: one plan, one process, but each boy judged on his own record. Every shortcut on interpretation bought a few days and cost someone the chance to understand what they agreed to.]],
  },

  ending "dario-returns" {
    title = "One case goes back",
    text = function(v)
      local t = [[Jaylen's case closes without a charge.]]
      if v.filed then t = [[Jaylen's petition is dismissed.]] end
      if v.summary_used then
        t = t .. [[ Dario's case goes to court, partly on what Jaylen said in confidence. Ms. Park moves to exclude it; the families stop trusting the program.]]
      elseif v.punished then
        t = t .. [[ Dario's case goes back to court with the office asking for probation because he "failed diversion". Ms. Park shows the judge his $90 and his pay slips. Mr. Ixcoy, who had asked for time, hears about it from Edwin.]]
      else
        t = t .. [[ Dario stops coming in November; his family moves to Stockton. His case returns to the office, and you file the original charge, asking for nothing beyond what the evidence supports. His $90 is credited to Mr. Ixcoy.]]
      end
      if v.coerced then
        t = t .. [[ Ms. Park's motion says the offer was held over her client as a threat.]]
      end
      return t
    end,
    outcome = {
      victim = "He was partly repaid and heard by one boy; the other's case went back to court.",
      accused = "Jaylen finished; Dario's case returned to the ordinary process.",
      community = "One case repaired, one unfinished.",
    },
    debrief = [[An unfinished agreement can go back to the ordinary process; what it must not become is a reason for a harsher outcome, and what was said in preparation must not follow it into court. Co-defendants are coordinated, not chained: one boy's case need not wait for, or suffer for, the other's.]],
  },

  ending "relayed-views" {
    title = "Heard without being there",
    text = function(v)
      local t = [[The boys repay the $420 and fix the cart with a neighbor who welds. No charge is filed. He keeps the boys' letters unopened for a month, then asks Edwin to read them to him.]]
      if v.filed then
        t = t:gsub("No charge is filed%.", "Both petitions are dismissed, though the filings stay on the court index.")
      end
      return t
    end,
    outcome = {
      victim = "His no was respected and he got what he asked for: repayment, the cart, and the boys knowing the cost.",
      accused = "Both boys faced the harm and repaired it without a charge.",
      community = "A pre-charge resolution that did not need the victim in the room.",
    },
    debrief = [[Consent is the gate to his taking part, not to everything restorative. Asked, not pressed, he chose a route that met his needs without his presence. His words reached the boys because an interpreter carried them both ways.]],
  },

  ending "court-with-services" {
    title = "The ordinary route, in his language",
    text = [[Both boys are charged in juvenile court; the judge orders restitution and probation. Ana keeps working with Mr. Ixcoy through a Mam interpreter: a restitution claim, a clinic for his wrist, a small-business grant for the cart. It takes five months for the first payment to arrive.]],
    outcome = {
      victim = "His no was respected and he kept support, but he waited months for the repayment he asked for.",
      accused = "Both boys have juvenile court records for a first offense.",
      community = "A lawful outcome that used more of the system than the case needed.",
    },
    debrief = [[Sending a case back when the victim says no is lawful and prompt (UN Basic Principles 11). But he had said what he wanted, and there was a route that could give it to him without a charge. Asking him about it, neutrally, would have been no pressure at all.]],
  },
}
