-- Half Paid: a prosecutor scenario about a diversion agreement that has fallen short.
-- Premise 12 in shared/reference/restorative-practice.md B.7. Modelled on UN Basic Principles
-- para 7 (reasonable and proportionate obligations), the D.C. OAG programme's monitoring and
-- the Baltimore Community Conferencing Center's rule that an unfinished agreement returns the
-- case to the referral source (B.5). The Basic Principles' wording on harsher sentences after a
-- failed agreement (paras 15-17) is marked [verify] in the notes, so this file does not quote it.

return scenario {
  id = "restitution-shortfall",
  version = 1,
  title = "Half Paid",
  role = "prosecutor",
  summary = [[Six months ago you referred a 15-year-old's smashed shop window to a community conference instead of filing a petition. He apologised, did his service hours and paid every month, but only half the restitution. The case has come back to you. Decide whether the terms were fair, who gets a say in changing them, and what happens next, without punishing him for having tried.]],
  minutes = 18,
  modelled_on = "UN Basic Principles on restorative justice (ECOSOC 2002/12) para 7; D.C. OAG Restorative Justice Program monitoring; Baltimore Community Conferencing Center (an unfinished agreement returns to the referral source)",
  speakers = { "Mr. Dawson", "Ms. Carter", "Malik", "Ms. Henson", "Mr. Osei", "Ms. Pryor" },
  figures = {
    {
      text = "The Baltimore Community Conferencing Center reports that 98% of its conferences reach a written agreement and more than 95% of participants comply with it. These figures are reported by the programme itself.",
      source = "Community Conferencing Center, Baltimore: communityconferencing.org/index.php/programs/for_law_enforcement/",
    },
    {
      text = "A meta-analysis of 22 studies covering 35 restorative programmes found they did significantly better than comparison groups on restitution compliance, as well as on victim and offender satisfaction and reoffending. The authors warn that people who choose restorative programmes may differ from those who do not.",
      source = "Latimer, Dowden & Muise, The Effectiveness of Restorative Justice Practices: A Meta-Analysis (Department of Justice Canada, 2001); justice.canada.ca/eng/rp-pr/csj-sjc/jsp-sjp/rp01_1-dr01_1/p4.html",
    },
    {
      text = "Studies of victim-offender mediation at four U.S. sites found high satisfaction among victims and offenders, high rates of restitution completion and less fear among victims. The studies are older.",
      source = "Umbreit, victim-offender mediation studies; westerncriminology.org/documents/WCR/v01n1/Umbreit/Umbreit.html",
    },
  },

  vars = {
    return_reason = "none", -- "deadline" | "breach" | "misled": why the case went back to court without a review
    reviewed_alone = false,  -- Malik was questioned without his mother or lawyer
    notice_sent = false,     -- a formal show-cause notice went out
    letter_sent = false,     -- the terms were changed by letter first
    plan = "none",           -- "fair" | "harsh" | "family": the revised plan
  },

  start = "returned_file",

  ---------------------------------------------------------------------------
  -- 1. The case comes back
  ---------------------------------------------------------------------------
  scene "returned_file" {
    title = "Monday, 9:00 a.m., juvenile division",
    text = [[You are an Assistant State's Attorney in Baltimore's juvenile division. Six months ago you referred Malik Henson, 15, to the Community Conferencing Center instead of filing a petition. On a dare one Saturday night he threw a brick through the front window of Gloria Carter's laundromat, two doors from his home; the repair cost her a $1,000 insurance deductible and two days' takings.

At the conference, Malik, his mother, Ms. Carter and two neighbours signed an agreement: an apology letter, 20 hours with the neighbourhood association, and $1,200 restitution at $200 a month for six months.

The centre's monitor, Mr. Dawson, reports: letter delivered, hours done, $600 paid. Because the agreement is not complete, the case comes back to you.

Your supervisor, Ms. Pryor: "Six months, half the money. File the petition."]],
    notes = [[In the Baltimore model an unfinished agreement returns to whoever referred the case. That is a decision point, not a verdict: the referral source can file, close or repair the plan. Ask what the trainee would need to know before deciding, and whose views matter.]],
    questions = {
      "What would you want to know before treating this as a failure?",
      "What does 'returned to the referral source' oblige you to do, and what does it leave to you?",
    },
    choice { "Close the file and write off the other $600: he has done most of it",
      id = "write-off", to = "written-off",
      score = { victim_voice = -3, repair = -2, least_intrusive = 1 },
      feedback = [[Light-touch for Malik, but the $600 belongs to Ms. Carter, and nobody has asked her. Closing the case quietly also tells Malik that the rest of the agreement did not matter.]],
    },
    choice { "File the petition this week: the agreement said six months",
      id = "file-now", to = "back_to_court",
      set = { return_reason = "deadline" },
      score = { least_intrusive = -2, repair = -2 },
      feedback = [[Filing is open to you, but doing it before anyone has asked why the money fell short treats the deadline as the whole agreement. Malik did every other term and paid every month; the first question is whether the terms were ever workable.]],
    },
    choice { "Before deciding anything, get the payment record, ask Mr. Dawson how the $200 a month was set, and arrange a review with Malik, his mother and his lawyer",
      id = "look-first", to = "review_meeting",
      score = { repair = 2, least_intrusive = 1, due_process = 1 },
      feedback = [[Right. A shortfall is a fact, not yet a failure. Finding out whether the terms were proportionate and what got in the way is the only basis for a fair decision, and it keeps the case from going back to court on a misunderstanding.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 2. The review
  ---------------------------------------------------------------------------
  scene "review_meeting" {
    title = "Setting up the review",
    text = [[Mr. Dawson can see Malik tomorrow at school during lunch, "to find out what's going on". Or he can meet Malik, his mother and his public defender, Mr. Osei, on Thursday evening at the centre.

Ms. Pryor would rather skip the meeting: "Send him a notice. Seven days to explain in writing, or we file."

Mr. Osei emails that he is happy to come on Thursday, but that any meeting about the agreement should include Malik's mother, and should be about the agreement, not the night of the offence.]],
    notes = [[A review of a young person's agreement is part of the agreement process, so the same safeguards apply: a parent or guardian present, counsel involved, and no new questioning about the offence. Ask the room what a 15-year-old alone in a school office would say to an adult asking why he is short.]],
    choice { "Thursday evening at the centre, with Ms. Henson and Mr. Osei: the meeting is about what got in the way and what Malik can manage, not the night of the offence",
      id = "review-with-family", to = "the_record",
      score = { due_process = 2, respect = 2, voluntary = 1 },
      feedback = [[Good. His mother is there to support him, his lawyer keeps the meeting to the agreement, and Malik can say honestly what happened without being cornered. It costs three days.]],
    },
    choice { "Have Mr. Dawson see Malik alone at school tomorrow and ask why he has been short",
      id = "see-at-school", to = "the_record",
      violation = "minor_without_guardian",
      set = { reviewed_alone = true },
      score = { due_process = -2, respect = -1, safety = -1 },
      feedback = [[Quicker, but a meeting about a 15-year-old's agreement, held without his parent, leaves him to explain his family's money to an adult on his own, and leaves his mother out of a plan she has to help him keep.]],
    },
    choice { "Send Malik a formal notice: explain the shortfall in writing within seven days, or the petition will be filed",
      id = "show-cause", to = "the_record",
      set = { notice_sent = true },
      score = { respect = -2, voluntary = -1, least_intrusive = -1 },
      feedback = [[A written demand with a deadline turns a review into a prosecution in waiting. It is lawful, but a 15-year-old who has paid every month will read it as an accusation, and you will learn less from a letter than from a conversation.]],
    },
  },

  scene "the_record" {
    title = "What the record shows",
    text = function(v)
      local t = [[Mr. Dawson's payment card: $100 on the first of every month, six months running. Never late, never $200.

Malik bags groceries on Saturdays for $25 a day, about $100 a month. At the conference nobody asked what he earned; the $200 figure came from dividing Ms. Carter's loss by six. His mother, Ms. Henson, was laid off in month two. His school attendance is up.]]
      if v.reviewed_alone then
        t = t .. [[


Seen alone at school, Malik said only "I'll get it." Ms. Henson called Mr. Dawson that evening, upset that nobody had told her about the meeting, and explained the rest.]]
      elseif v.notice_sent then
        t = t .. [[


Malik's written reply, in Mr. Osei's envelope, is four lines long: "I paid what I had every month. I'm sorry it's not enough."]]
      else
        t = t .. [[


Malik: I paid what I had. Every month. I didn't know you could say it was too much.

Ms. Henson: He gave me forty dollars for the electric one month. He still paid her first.]]
      end
      return t
    end,
    notes = [[UN Basic Principles para 7 asks that agreements contain only reasonable and proportionate obligations. An amount a young person cannot earn is neither, however fair it is to the person harmed. Hardship that explains a shortfall is a reason to repair the plan, not a breach.]],
    questions = {
      "Was $200 a month ever proportionate for this young person?",
      "Who should have asked what he earned, and when?",
    },
    choice { "Tell Ms. Henson the family must find the other $600 within 30 days, or you will file the petition",
      id = "family-pays", to = "paid-under-pressure",
      violation = "coerced_accused",
      score = { voluntary = -3, accountability = -2, respect = -1 },
      feedback = [[This puts a laid-off mother under threat of her son's prosecution to pay a debt he took on. It is the pressure the safeguard forbids, an immediate return to court as the stick, and it takes the repair away from Malik himself.]],
    },
    choice { "Conclude that the terms were out of proportion to what a 15-year-old could earn, not that Malik stopped trying: treat it as a plan to fix, not a breach",
      id = "plan-not-breach", to = "victim_consult",
      score = { repair = 3, accountability = 1, respect = 1 },
      feedback = [[Right. He paid every month, all he had, through his family's hardship. The fault is in a figure nobody tested against his income. Proportionate obligations are part of a fair agreement, and fixing the plan keeps him repairing the harm rather than facing court for being poor.]],
    },
    choice { "He signed it. Treat it as a breach and return the case to court",
      id = "treat-as-breach", to = "back_to_court",
      set = { return_reason = "breach" },
      score = { repair = -2, least_intrusive = -2, respect = -1 },
      feedback = [[He signed an amount nobody checked he could pay, and then paid half of it a month at a time. Calling that a breach ignores the one question that matters for a fair agreement: was it reasonable and proportionate in the first place?]],
    },
  },

  ---------------------------------------------------------------------------
  -- 3. The person harmed decides about her own money
  ---------------------------------------------------------------------------
  scene "victim_consult" {
    title = "Ms. Carter",
    text = [[Ms. Carter runs the laundromat on her own; the window money came out of what she had put by for the rent. She has heard nothing since month four, when she called Mr. Dawson twice.

Mr. Osei proposes $50 a month for twelve more months, with monitoring extended to match.

Ms. Pryor: Just change the schedule and send her a letter. She signed the original; that's enough.

Mr. Dawson: She's owed $600 and she's been counting on it. If the plan changes, she has to be part of it.]],
    notes = [[Changing the terms changes what the person harmed agreed to. She does not have to accept a new plan, and she may prefer the case to go back to court; either way she decides with full information. Note the difference between telling her honestly what happened and telling her the boy has 'failed'.]],
    questions = {
      "What does Ms. Carter need to know to make a real choice?",
      "What should happen if she would rather the court dealt with it?",
    },
    choice { "Call her and tell her the boy has failed his agreement, and ask whether she wants him prosecuted",
      id = "failed-framing", to = "back_to_court",
      set = { return_reason = "misled" },
      score = { victim_voice = -1, respect = -2, voluntary = -1 },
      feedback = [[She gets to decide, but not like this. "Failed" tells her half the story: not that he paid every month, nor that the amount was never workable. A choice made on half the facts is not an informed one, and it steers her towards court.]],
    },
    choice { "Change the schedule to $50 a month and send her a letter explaining the new terms",
      id = "letter-only", to = "carter_letter",
      violation = "no_victim_consent",
      set = { letter_sent = true },
      score = { victim_voice = -3, voluntary = -2, respect = -1 },
      feedback = [[The money is hers, and halving the monthly amount and doubling the time are exactly the terms she agreed to. Changing them behind her back, and telling her afterwards, takes away the consent the whole agreement rests on.]],
    },
    choice { "Meet Ms. Carter with Mr. Dawson: tell her plainly what happened and why, what the options are (a revised schedule, extended monitoring, or the case going back to court) and that the choice about her money is hers to shape",
      id = "consult-carter", to = { { 0.7, "revise_plan" }, { 0.3, "back_to_court" } },
      score = { victim_voice = 3, voluntary = 1, respect = 1 },
      feedback = [[Right. She hears the whole story, including what Malik has done, and every option, including court. Whatever she chooses is now a real choice about her own money.]],
    },
  },

  scene "carter_letter" {
    title = "A phone call",
    text = [[Two days after the letter goes out, Ms. Carter calls Mr. Dawson.

Ms. Carter: Twelve more months? Nobody asked me. I drove that boy's mother to the hospital when he was born. I'd have listened. But I get a letter telling me what I agreed to?

Mr. Dawson puts her on hold and asks what you want him to say.]],
    choice { "Explain that the new schedule is fair and it stands",
      id = "stand-by-letter", to = "carter-shut-out",
      score = { victim_voice = -2, respect = -1 },
      feedback = [[The schedule may well be fair, and that is not the point. She has just told you she would have listened; standing by a change made without her confirms that her agreement never really counted.]],
    },
    choice { "Apologise, put the new schedule on hold, and ask whether she will meet you and Mr. Dawson to hear what happened and choose what she wants",
      id = "apologise-reopen", to = { { 0.7, "revise_plan" }, { 0.3, "back_to_court" } },
      score = { victim_voice = 1, voluntary = 1 },
      feedback = [[Owning the mistake and putting the decision back in her hands is the best repair available. What she decides now is her choice again, even if the letter has cost some of her trust.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4a. A revised plan
  ---------------------------------------------------------------------------
  scene "revise_plan" {
    title = "A new plan",
    text = function(v)
      local t = "Ms. Carter comes to the centre on a Tuesday evening."
      if v.letter_sent then
        t = t .. " She mentions the letter once, then lets it go."
      end
      return t .. [[


Ms. Carter: I don't want to ruin him. I want to know it's coming, and I want to stop having to chase it.

She asks for payments through the centre, not face to face. Malik says he can do $50 a month. Mr. Osei suggests twelve months with a check-in at month three. Ms. Henson offers to sign as well "so she knows it's safe".

Ms. Pryor wants "something to show we took the shortfall seriously": a curfew, weekly school reports, and $100 a month.]]
    end,
    notes = [[Revising an agreement is a chance to fix what went wrong the first time: test the amount against real income, agree monitoring that fits the new length, and add nothing that does not answer the harm. Extra conditions 'to show we took it seriously' punish the shortfall by another name.]],
    questions = {
      "What makes a revised amount proportionate, and who should check it?",
      "Why does monitoring need to last as long as the payments?",
    },
    choice { "Write the revised terms with everyone: $50 a month through the centre for twelve months, monitoring extended to match with a review at month three, and nothing added that is not about the harm; everyone signs",
      id = "revised-terms", to = "month_twelve",
      set = { plan = "fair" },
      score = { repair = 3, least_intrusive = 2, victim_voice = 1 },
      feedback = [[Good. The amount fits what Malik earns, the length of monitoring fits the plan, the review catches problems early, and the payment route is the one Ms. Carter asked for. Nothing punishes the shortfall; everything serves the repair.]],
    },
    choice { "Keep $100 a month and add the curfew and weekly school reports, so he takes it seriously",
      id = "add-conditions", to = "month_twelve",
      set = { plan = "harsh" },
      score = { least_intrusive = -2, repair = -2, respect = -1 },
      feedback = [[$100 a month is everything Malik earns, and the curfew and reports answer nothing Ms. Carter asked for. Conditions added after a shortfall, to show seriousness, are punishment for a failure that was not his, and they make the next shortfall more likely.]],
    },
    choice { "Let Ms. Henson take over the remaining $600 as a family debt, so it is settled sooner",
      id = "family-debt", to = "month_twelve",
      set = { plan = "family" },
      score = { accountability = -2, repair = -1 },
      feedback = [[It may get Ms. Carter paid, but it moves the repair from Malik to a mother who has just lost her job. The point of restitution in an agreement is that the young person puts right what he did, at a rate he can manage.]],
    },
  },

  scene "month_twelve" {
    title = "A year on",
    text = function(v)
      local t
      if v.plan == "harsh" then
        t = [[Malik paid $100 a month for four months, then lost his Saturday job when the curfew clashed with a late shift. Ms. Henson took a payday loan to cover the last two payments. Ms. Carter has been paid in full.]]
      elseif v.plan == "family" then
        t = [[Ms. Henson paid the $600 in instalments from her new job. Malik stopped coming to check-ins after month three; Mr. Dawson says he seems to think it is not his business any more. Ms. Carter has been paid in full.]]
      else
        t = [[Mr. Dawson's closing report: every $50 paid on time through the centre, the month-three review held, and Ms. Carter paid in full. She left a card at the centre for Malik, with a line about the window.]]
      end
      return t .. [[


Ms. Pryor: He still missed the original deadline. File the petition, or at least keep it open another six months to be safe.]]
    end,
    notes = [[Completion means the case is closed, and closed for good. Filing on a deadline that everyone agreed to replace, or keeping the file open 'to be safe', would make the revised agreement worthless and tell every young person that repair never ends.]],
    choice { "Keep the file open another six months to be safe",
      id = "hold-open", to = "limbo",
      score = { least_intrusive = -3, due_process = -1 },
      feedback = [[Every term is met. Holding the case over him with nothing left to do is supervision for its own sake, and it tells everyone that completion is not the end.]],
    },
    choice { "Close the case as completed: no petition, closing letters to Malik, his mother, Mr. Osei and Ms. Carter, and a file that records the revised agreement as kept",
      id = "close-completed", to = "completed",
      score = { due_process = 2, repair = 1, respect = 1 },
      feedback = [[Right. The revised agreement replaced the old deadline with everyone's consent, and it has been kept. Closing for good, and telling everyone, is what the referral promised.]],
    },
    choice { "File the petition anyway: he missed the original six-month deadline",
      id = "file-after-completion", to = "punished-for-trying",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, due_process = -3, respect = -1 },
      feedback = [[The agreement is complete. Prosecuting now, on a deadline that everyone agreed to replace, punishes him for having taken part and makes every future agreement worthless.]],
    },
  },

  ---------------------------------------------------------------------------
  -- 4b. Back to court
  ---------------------------------------------------------------------------
  scene "back_to_court" {
    title = "Back to court",
    text = function(v)
      local t
      if v.return_reason == "deadline" or v.return_reason == "breach" then
        t = "You have decided to return the case to court. Nobody has spoken to Ms. Carter."
      elseif v.return_reason == "misled" then
        t = "Ms. Carter, told that Malik failed his agreement, says she wants him prosecuted."
      else
        t = "Ms. Carter has listened to everything, including what Malik has paid and why. She would rather the court dealt with it.\n\nMs. Carter: I'm done chasing a schoolboy for money. Let a judge set it, and I'll know where I stand."
      end
      return t .. [[


You will file on the original charge. Ms. Pryor drafts a request for probation with a 7 p.m. curfew and electronic monitoring "because he failed diversion".

You observed the conference six months ago, and you remember Malik saying he had "thrown stuff at windows before, just messing".]]
    end,
    notes = [[When an agreement is not completed, the case returns to the ordinary process. It should come back no harsher than it would have been at the start: the attempt at repair is not a new offence. And what was said in the conference stays in the conference.]],
    questions = {
      "What would you have asked for at the start, if the case had never been referred?",
      "What should the court hear about what Malik did complete?",
    },
    choice { "Quote what Malik said at the conference about throwing things at windows before, to show the court he needs supervision",
      id = "use-conference-words", to = "promise-broken",
      violation = "statements_used",
      score = { due_process = -3, respect = -1 },
      feedback = [[What Malik said in the conference was said in confidence, on the understanding that it would not be used against him. Using it in court breaks that promise, and every young person the centre sees afterwards will say less.]],
    },
    choice { "Ask for probation with the curfew and electronic monitoring, citing his failure to complete diversion",
      id = "harsher-for-failure", to = "punished-for-trying",
      violation = "punished_after_agreement",
      score = { least_intrusive = -3, respect = -2, due_process = -1, victim_voice = -1 },
      feedback = [[This asks for more than you would have sought at the start, because he tried and fell short, and none of it is anything Ms. Carter asked for. A case that returns from an unfinished agreement should come back no harsher; using the attempt at repair to justify a stricter outcome makes taking part a risk.]],
    },
    choice { "File on the original charge and ask for nothing harsher than you would have at the start: tell the court what Malik completed and paid, ask for the remaining $600 on a schedule set by what he can earn, and keep the conference out of it",
      id = "original-no-harsher", to = "court-no-harsher",
      score = { due_process = 2, least_intrusive = 1, repair = 1, respect = 1 },
      feedback = [[Right. The case goes back as it was, the court hears what he did complete, and Ms. Carter's remaining loss is pursued at a rate that can actually be paid. Nothing said in the conference is used.]],
    },
  },

  ---------------------------------------------------------------------------
  -- Endings
  ---------------------------------------------------------------------------
  ending "completed" {
    title = "Paid in full, case closed",
    text = function(v)
      if v.plan == "harsh" then
        return [[You close the case. Ms. Carter has her $1,200. Malik has no petition, no Saturday job, and a mother paying off a payday loan. Mr. Dawson notes in his closing report that the plan was completed "at a cost".]]
      elseif v.plan == "family" then
        return [[You close the case. Ms. Carter has her $1,200. Malik has no petition, and has learned that when things get hard, someone else pays. Mr. Dawson's closing report calls the case "completed by the family".]]
      end
      return [[You close the case and send the letters. Ms. Carter has her $1,200, paid the way she asked. Malik has no petition and a card from the neighbour whose window he broke.

Mr. Dawson tells you the centre has added a line to its agreement form: "What can you pay each month?"]]
    end,
    outcome = {
      victim = "Ms. Carter has all her money back and had a real say when the plan changed.",
      accused = "Malik finished the agreement and the case is closed with no petition filed.",
      community = "Neighbours see a harm put right over time, and the centre's next agreement asks what a young person can pay.",
    },
    debrief = [[A shortfall is a question, not a verdict. Here the answer was that the amount was never proportionate, which UN Basic Principles para 7 asks of every agreement, and that Malik had kept paying through his family's hardship. Revising the plan with the person harmed at the table, extending monitoring to match and closing the case for good on completion is how an agreement stays both fair and real. If the plan you wrote added conditions or moved the debt to his mother, ask who actually paid for the repair.]],
  },

  ending "court-no-harsher" {
    title = "Back to court, no harsher",
    text = [[You file on the original charge. The court hears that Malik apologised, did his hours and paid $600 over six months, and orders the remaining $600 at $40 a month. Your request is the one you would have made at the start.

Nothing said at the conference goes before the court. Ms. Carter is told the schedule and the number to call if payments stop.]],
    outcome = {
      victim = "Ms. Carter will get the rest of her money on a court schedule she can rely on, and knows where she stands.",
      accused = "Malik faces the original charge, with credit for what he did, and no worse off for having tried.",
      community = "The centre's promises hold even when an agreement falls short, so families and lawyers can keep trusting it.",
    },
    debrief = [[Baltimore's model sends an unfinished agreement back to the referral source, and that is all it does: the case resumes where it was. When the person harmed chooses court, or the plan cannot be repaired, the case goes back no harsher, with what was completed on the record and what was said in the conference kept out of it. If you sent it back without asking Ms. Carter or reviewing why the money fell short, ask whether it needed to go to court at all.]],
  },

  ending "punished-for-trying" {
    title = "Punished for trying",
    text = function(v)
      if v.plan ~= "none" then
        return [[You file the petition on the expired deadline. Mr. Osei files the revised agreement, signed by you, and Mr. Dawson's closing report. The judge asks why your office is prosecuting a completed agreement. Ms. Carter, who was paid in full, asks Mr. Dawson what she signed up to.]]
      end
      return [[You ask for probation with a curfew and electronic monitoring. Mr. Osei shows the court the payment card, six months without a miss. The judge asks why your office wants more now than it would have asked for at the start. Malik's mother asks Mr. Dawson whether they should ever have agreed to the conference.]]
    end,
    outcome = {
      victim = "Ms. Carter's repair ends in a fight about punishment she never asked for.",
      accused = "Malik is treated more harshly for having tried the conference than if he had gone straight to court.",
      community = "Families learn that entering an agreement is a risk, and fewer take the chance.",
    },
    debrief = [[A failure to complete, especially one driven by hardship, returns the case to where it was; it is not a new offence, and completion closes the case for good. Seeking a harsher outcome because someone tried and fell short, or prosecuting after the agreement is done, punishes participation and makes every future defence lawyer more cautious.]],
  },

  ending "promise-broken" {
    title = "Promise broken",
    text = [[You read Malik's words from the conference into the record. Mr. Osei objects that they were said in confidence; the judge asks how the State came by them. Mr. Dawson tells you the centre will not let your office observe its conferences again.

Ms. Carter, who spoke in that room too, asks Mr. Dawson whether what she said is in a court file now.]],
    outcome = {
      victim = "Ms. Carter's own words in a confidential meeting no longer feel safe.",
      accused = "Malik's honesty at the conference is turned against him in court.",
      community = "The centre loses the trust that makes people speak openly, and referrals from your office are questioned.",
    },
    debrief = [[What is said in a restorative process is confidential (UN Basic Principles para 14). That promise is what lets a young person talk honestly about what he did. Using it in court, even when the case has returned, turns the conference into an interview and teaches every family to say as little as possible.]],
  },

  ending "written-off" {
    title = "Written off",
    text = [[You close the file. Mr. Dawson sends Ms. Carter a standard letter: the case is closed.

She calls him.

Ms. Carter: Closed? He owes me six hundred dollars. Who decided that?

Malik stops going past her house. Nobody tells him whether he still owes anything.]],
    outcome = {
      victim = "Ms. Carter loses $600 and learns about it from a form letter.",
      accused = "Malik is left with an unfinished repair and no clear end to it.",
      community = "The centre's agreements look like they can be dropped when they get awkward.",
    },
    debrief = [[The least intrusive response still has to be fair to the person harmed. Writing off money that belongs to Ms. Carter, without asking her, treats her loss as the office's to forgive. The right question was why the money fell short, and what she wanted done about it.]],
  },

  ending "paid-under-pressure" {
    title = "Paid, at a price",
    text = [[Ms. Henson borrows $600 from a payday lender and pays it in a week. You close the file.

Mr. Dawson tells you Malik has quit his Saturday job to help cover the loan. Ms. Carter, who has her money, asks him why she feels bad about it.]],
    outcome = {
      victim = "Ms. Carter is paid, but by a family pushed into debt, and the repair does not feel like one.",
      accused = "Malik is free of the case, but his mother carries a loan she took under threat of his prosecution.",
      community = "The programme starts to look like a debt collector, and families think twice about signing agreements.",
    },
    debrief = [[Threatening an immediate return to court to get money from a family under strain is coercion, whoever ends up paying. It also moves the repair away from the young person who caused the harm. The shortfall called for a look at whether the terms were proportionate, and a plan he could keep.]],
  },

  ending "carter-shut-out" {
    title = "Terms changed behind her back",
    text = [[Ms. Carter tells Mr. Dawson she is done with the centre. Malik pays $50 a month for a year; the payments go into an account she does not check.

When Mr. Dawson invites her to the closing meeting, she does not reply.]],
    outcome = {
      victim = "Ms. Carter gets her money, slowly, on terms she never agreed to, and stops trusting the process.",
      accused = "Malik keeps paying on a workable plan, but never hears from the person he is paying.",
      community = "The agreement ends as a transaction rather than a repair between neighbours.",
    },
    debrief = [[The new schedule was probably the right one. What went wrong was who decided: terms the person harmed agreed to cannot be rewritten without her, because her consent is what the agreement rests on. A fair plan imposed on her is still imposed.]],
  },

  ending "limbo" {
    title = "Never quite finished",
    text = [[You keep the file open. Six months later nobody can say what it is waiting for. Malik, who has paid every dollar, asks Mr. Osei whether he will ever be done.

Ms. Carter, told that the case is "still being monitored", asks what for.]],
    outcome = {
      victim = "Ms. Carter has her money, and is left confused about why the case never ends.",
      accused = "Malik kept every term and still has an open case hanging over him.",
      community = "Completion stops meaning anything, and the centre's agreements lose their point.",
    },
    debrief = [[Monitoring is for keeping an agreement workable, and it ends when the agreement does. Holding a completed case open 'to be safe' adds supervision nobody agreed to and tells young people that repair never ends.]],
  },
}
