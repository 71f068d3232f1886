-- King County FIRS: an officer answers a 911 call where a 16-year-old shoved his mother.
-- Premise 5 of the reference (shared/reference/restorative-practice.md, B.7), modelled on
-- King County (WA) Family Intervention and Restorative Services (B.5).

return scenario {
  id = "king-county-firs",
  version = 1,
  title = "The Kitchen Counter",
  role = "officer",
  summary = [[A mother calls 911 after her 16-year-old son shoves her into the kitchen counter during an argument over his phone. You decide how to approach the house, what kind of case this is, what to do about a risk nobody mentioned on the call, and where the boy sleeps tonight. Months later, the mother calls again and wants him charged.]],
  minutes = 18,
  modelled_on = "King County (WA) Family Intervention and Restorative Services (FIRS): respite instead of detention and a family service agreement instead of charges for youth family violence",
  speakers = { "Dispatch", "Officer Kim", "Ms. Villanueva", "Marco", "Lucia", "Ms. Okoye" },
  figures = {
    { text = "Juvenile domestic-violence case filings fell 62% in the first nine months of FIRS compared with the same nine months a year earlier (program-reported, before-and-after comparison).",
      source = "King County Juvenile Court / Prosecuting Attorney's Office, 'Dramatic drop in juvenile domestic violence case filings follows launch of FIRS program' (kcyouthjustice.wordpress.com, December 2016)" },
    { text = "A University of Washington evaluation found that agreeing to take part in FIRS was associated with fewer re-referrals to juvenile court in the following 12 months.",
      source = "University of Washington evaluation of the FIRS Center, as summarized by the SAJE Center (sajecenter.org, September 2017)" },
    { text = "Before FIRS, about 40% of juvenile domestic-violence referrals in King County ended in declines, largely because families would not take part in a court case against their own child (program-reported).",
      source = "King County Prosecuting Attorney's Office, announcement of FIRS (Courier-Herald, 2015)" },
  },
  vars = {
    planned = false,        -- agreed an approach with the partner on the way
    approach = "none",      -- "separate", "together", "cuffed"
    screened = false,       -- confirmed relationships and asked about threats
    red_flag = "none",      -- "secured", "partial", "ignored"
    questioned = false,     -- took a full account from Marco without counsel
    plan = false,           -- safety plan made with the mother, her wishes asked
    pressured = false,      -- pressed the mother to agree to FIRS
    custody = "none",       -- "respite", "detention", "home"
    charge = "none",        -- "assault4", "inflated", "corrected"
    visit = "none",         -- "checkin", "lecture", "skipped"
    gun_talk = "none",      -- "options", "refused", "paperwork"
    last_call = "none",     -- "talked_out", "nothing"
  },
  start = "dispatch",

  scene "dispatch" {
    title = "A Tuesday in March, 9:42 pm",
    text = [[Dispatch: Unit 214, family disturbance, 2200 block of Meeker Street, Kent. Female caller, 41, says a male in the house pushed her into the kitchen counter. She is not asking for aid. Caller hung up when someone came into the room. One prior call to this address last spring: a verbal argument, no report.

You and Officer Dana Kim are four minutes out. Kim glances across from the wheel.

Officer Kim: Sounds like a family thing. How do you want to play it when we get there?]],
    notes = [[Set the scene before anyone votes: a weeknight call in a King County suburb, a caller who hung up. The point of this first choice is not tactics for their own sake but who gets to speak freely once the officers are inside.]],
    choice { "Go in and calm everyone down together; it sounds like a family argument",
      id = "calm-together",
      to = "door",
      score = { safety = -2, least_intrusive = 1 },
      feedback = [[Least intrusive sounds right, and it may well be a family argument. But with no plan you will be deciding under pressure at the door, and "calm everyone down together" usually means the person who was hurt tells her story with the person who hurt her in the room. You can be gentle and still plan for safety first.]],
    },
    choice { "Ask dispatch to call her back, and agree with Kim: separate everyone on arrival, ask early about weapons, keep any children out of the adult conversation",
      id = "plan-approach",
      to = "door",
      set = { planned = true },
      score = { safety = 2, respect = 1 },
      feedback = [[Safety and power balance. Planning to talk to each person on their own lets the person who was hurt speak without the other one listening, and asking about weapons early is how you find a risk you cannot see from the door. Keeping children out of it is also a matter of respect for the family.]],
    },
  },

  scene "door" {
    title = "At the door",
    text = function(v)
      local lead = ""
      if v.planned then
        lead = "Dispatch calls back on the way: the caller says it was her son, and there is no one else in the house but her daughter.\n\n"
      end
      return lead .. [[Teresa Villanueva opens the door holding her left forearm. Behind her a tall, thin boy paces the hallway in his socks, his face wet. A girl of about ten sits on the stairs with a tablet she isn't looking at.

Marco: She took my phone! I didn't even do anything. She's being crazy.

Ms. Villanueva: Marco, stop. Please. (to you) I'm okay. I just need him to calm down. I don't want him arrested. I didn't know who else to call.

There is a red mark on her forearm, and she keeps her weight off her right hip.]]
    end,
    choice { "Sit everyone down in the living room and hear both sides together",
      id = "hear-together",
      to = "kitchen",
      set = { approach = "together" },
      score = { safety = -2, victim_voice = -2, respect = 1 },
      feedback = [[Hearing both sides feels fair, and it treats the family with some respect. But in a family assault the person who was hurt pays the price: she is likely to soften her account, or not mention a threat at all, with her son listening. Victim voice needs a private conversation.]],
    },
    choice { "Handcuff Marco straight away and put him in the patrol car before anyone talks",
      id = "cuff-first",
      to = "kitchen",
      set = { approach = "cuffed" },
      score = { safety = 1, least_intrusive = -2, respect = -2 },
      feedback = [[You may need control later, but right now he is a distressed 16-year-old in socks and you know almost nothing. Cuffing him before you have assessed anything escalates him, frightens his sister, and treats a family in crisis as an arrest already decided. Least intrusive means the minimum force the situation actually needs.]],
    },
    choice { "Separate them: Kim walks Marco out to the front step; you talk to Ms. Villanueva in the kitchen, out of Lucia's hearing",
      id = "separate",
      to = "kitchen",
      set = { approach = "separate" },
      score = { safety = 2, victim_voice = 1, respect = 1 },
      feedback = [[Safety and victim voice. Talking to each of them apart, and away from their ten-year-old, gives Ms. Villanueva room to say what actually happened and what she is afraid of, and gives Marco space to cool down without an audience.]],
    },
  },

  scene "kitchen" {
    title = "In the kitchen",
    text = function(v)
      local where
      if v.approach == "together" then
        where = "In the living room Ms. Villanueva sits on the edge of the sofa. Marco stands in the doorway with Kim beside him, and each time his mother starts a sentence he cuts in: \"That's not what happened.\""
      elseif v.approach == "cuffed" then
        where = "Ms. Villanueva sits at the kitchen table, looking through the window at the patrol car where Marco sits handcuffed. Lucia is crying on the stairs."
      else
        where = "Ms. Villanueva sits at the kitchen table. Through the window you can see Kim and Marco on the front step."
      end
      return where .. [[


She says she took Marco's phone at nine because he hasn't slept properly in days. He grabbed for it; when she held on, he shoved her hard with both hands and her hip hit the edge of the counter.

Ms. Villanueva: He's not a bad kid. Since his dad died he's just angry all the time. I'm so tired.

]] .. (v.planned
        and "Dispatch said it was her son. Before you write anything, you still need to know what kind of case this is: who lives here, who else comes and goes, whether anyone else has hurt her."
        or "The 911 call said \"a male in the house\". Before you write anything, you need to know what kind of case this is.")
    end,
    notes = [[FIRS takes youth referred for misdemeanor family violence against a parent or sibling. King County prosecutors note that juvenile domestic violence rarely involves intimate partners, but an officer still has to confirm who is who: a partner assault calls for an IPV risk screen and advocacy, not a family-services diversion.]],
    questions = {
      "What would change in your response if the person who pushed her were a partner rather than her son?",
      "Why might 'Do you want to press charges?' be an unfair question to put to a parent?",
    },
    choice { "Ask who lives here and how everyone is related, whether a partner or anyone else has hurt or threatened her, then ask her to tell tonight in her own words",
      id = "screen-relationships",
      to = "red_flag",
      set = { screened = true },
      score = { safety = 2, victim_voice = 2 },
      feedback = [[Safety and victim voice. This confirms it is violence by a child against a parent, not intimate-partner violence, which has a different risk pattern and needs a different response. Open questions also let her say what matters to her, including things the 911 call never mentioned.]],
    },
    choice { "Get the essentials for the report: what he did and where she is hurt",
      id = "essentials-only",
      to = "red_flag",
      score = { safety = -1, victim_voice = -1 },
      feedback = [[You have an offense but not a picture of the household. You have not confirmed there is no partner in the home or asked about threats or weapons, and that is often where the real risk sits. She has answered your questions but has not been asked about hers.]],
    },
    choice { "Ask her whether she wants to press charges against her son",
      id = "ask-press-charges",
      to = "red_flag",
      score = { victim_voice = -1, respect = -1, due_process = -1 },
      feedback = [[It sounds as if you are giving her a say, but charging is not her decision: the prosecutor decides. Framing it as hers puts her son's future on her shoulders at the worst moment, and the answer says little about what she actually needs. Ask what she needs, and explain who decides what.]],
    },
  },

  scene "red_flag" {
    title = "Something else",
    text = function(v)
      if v.screened then
        return [[It is just her, Marco and Lucia, who is ten. Marco's father, Luis, died two years ago. There is no partner, and no one else has hurt her. Then she hesitates.

Ms. Villanueva: There's something. On Sunday he said, "Maybe I should just use Dad's gun." I don't know if he meant himself or me. It's in a lockbox in my closet. He knows the code.]]
      end
      return [[As you finish writing, Lucia appears in the kitchen doorway.

Lucia: Is Marco going to get Dad's gun?

Ms. Villanueva goes pale. Quietly she tells you that on Sunday Marco said, "Maybe I should just use Dad's gun." It was her late husband Luis's pistol. It is in a lockbox in her closet, and Marco knows the code. She does not know whether he meant himself or her.]]
    end,
    notes = [[This is the red flag the scenario turns on. A statement that could point at himself or at his mother, plus access to a firearm, is a risk that has nothing to do with how serious the shove was. Good practice lowers the risk (removes access, gets him screened) without inflating the charge.]],
    questions = {
      "Does this statement make the assault more serious, or the risk more serious? Why does the difference matter later?",
      "What are the least intrusive steps that actually reduce this risk tonight?",
    },
    choice { "Ask her to change the lockbox code tonight and leave the pistol where it is",
      id = "change-code",
      to = "front_step",
      set = { red_flag = "partial" },
      score = { safety = 1, least_intrusive = 1 },
      feedback = [[Better than nothing, and it leaves the decision with her. But a distressed teenager in the same house as a firearm is still a serious risk, and nobody who assesses him will hear what he said. Safety here calls for removing access, not just making it harder.]],
    },
    choice { "Treat it as urgent: with her agreement, take the pistol for safekeeping tonight, and make sure his words reach whoever assesses him so he is screened for suicide risk",
      id = "secure-firearm",
      to = "front_step",
      set = { red_flag = "secured" },
      score = { safety = 3, respect = 1 },
      feedback = [[Safety. A firearm plus a statement that could mean suicide or harm to his mother is a red flag you cannot leave behind you. Removing access with her consent is the least intrusive step that actually lowers the risk, and passing his words on means he gets a mental-health screen rather than just a charge.]],
    },
    choice { "Note it. Teenagers say things in a fight; stay focused on the assault",
      id = "brush-aside",
      to = "front_step",
      set = { red_flag = "ignored" },
      violation = "ignored_red_flag",
      score = { safety = -3, victim_voice = -2, respect = -1 },
      feedback = [[This breaks a safeguard: ignoring a safety red flag. A weapon in the house and a statement about using it are exactly the kind of warning that must change what you do next. Brushing it aside also tells Ms. Villanueva that the thing she was most afraid to say did not matter.]],
    },
  },

  scene "front_step" {
    title = "On the front step",
    text = function(v)
      local where
      if v.approach == "cuffed" then
        where = "Marco sits in the back of the patrol car, hands cuffed behind him. Kim has the door open."
      else
        where = "Out on the step Marco has stopped shouting. Kim has found him a jacket."
      end
      return where .. [[


Marco: I just wanted my phone back. I didn't mean to push her that hard. Is she okay? Am I going to jail?

Kim catches your eye. He is talking, and he is sixteen.]]
    end,
    notes = [[Since 1 January 2022, RCW 13.40.740 requires Washington police to give a juvenile access to an attorney before he can waive his rights in a custodial interrogation; statements taken without it are generally inadmissible, apart from spontaneous ones. Marco's outburst is spontaneous. Questioning him now is not.]],
    choice { "He's willing: sit him in the car and get a full account for the report before he changes his mind",
      id = "take-account",
      to = "safety_plan",
      set = { questioned = true },
      violation = "admission_before_counsel",
      score = { due_process = -3, voluntary = -1 },
      feedback = [[This breaks a safeguard: taking an admission before he has had legal advice. A frightened 16-year-old who wants to please is exactly who the attorney-access rule protects. The account is likely to be inadmissible, and it teaches him that being open with police costs him.]],
    },
    choice { "Tell him that if he won't agree to 'the program', you'll write it up as a felony",
      id = "threaten-felony",
      to = "safety_plan",
      violation = "coerced_accused",
      score = { voluntary = -3, least_intrusive = -2, respect = -1 },
      feedback = [[This breaks a safeguard: coercing the accused. Threatening a harsher charge to force participation makes his "yes" worthless, and the facts do not support a felony anyway. Services work when a family chooses them; a threat turns help into punishment.]],
    },
    choice { "Don't question him about what happened. Tell him plainly what happens next, and that he can talk to a lawyer before anyone asks him about it",
      id = "no-questions",
      to = "safety_plan",
      score = { due_process = 2, respect = 2, voluntary = 1 },
      feedback = [[Due process and respect. Washington law gives a juvenile access to a lawyer before any custodial questioning. What he blurted out can be noted as a spontaneous statement, and telling him honestly what will happen next lowers the temperature without taking anything from him.]],
    },
  },

  scene "safety_plan" {
    title = "Before you leave",
    text = function(v)
      local gun
      if v.red_flag == "secured" then
        gun = "The pistol is unloaded and locked in your trunk. She signed the safekeeping receipt without hesitating."
      elseif v.red_flag == "partial" then
        gun = "She has changed the lockbox code. The box is still on the closet shelf."
      else
        gun = "The lockbox is still in the closet upstairs."
      end
      return gun .. [[


Ms. Villanueva: I don't want him to have a record. But I can't have him here tonight. Lucia's scared. I'm scared.

Before you decide where Marco sleeps, you sit down with her for a few minutes.]]
    end,
    notes = [[Her two wishes pull in different directions: no record, and not home tonight. FIRS was built for exactly this family. The choice here is whether she hears her options honestly and chooses, or is handed a card, or is pushed.]],
    questions = {
      "How do you hold 'I don't want him arrested' and 'I can't have him here tonight' at the same time?",
      "What turns a parent's agreement into consent under pressure?",
    },
    choice { "Ask what she needs and wants. Explain the options honestly, including FIRS (respite, family services, no charges with a service agreement), and make a safety plan with her",
      id = "safety-plan",
      to = "tonight",
      set = { plan = true },
      score = { victim_voice = 3, safety = 2, voluntary = 1 },
      feedback = [[Victim voice, safety and informed choice. She called for help, not for a prosecution, and knowing that FIRS offers services without charges lets her choose with real information. A plan for who she calls and where Lucia goes if things flare up makes the next few days safer.]],
    },
    choice { "Give her the victim-information card and the case number; there isn't time for more",
      id = "card-only",
      to = "tonight",
      score = { victim_voice = -1, safety = -1 },
      feedback = [[The card is required, but it is not a conversation. She still does not know what will happen to her son, what help exists, or what to do if he comes home angry. Her voice and her safety both get less than they need.]],
    },
    choice { "Tell her that unless she agrees to the program right now, Marco goes to detention tonight",
      id = "pressure-mother",
      to = "tonight",
      set = { pressured = true },
      violation = "no_victim_consent",
      score = { voluntary = -3, victim_voice = -2, respect = -1 },
      feedback = [[This breaks a safeguard: the person harmed must agree freely. Using detention as a lever on a frightened parent turns her agreement into pressure from police, and it is not even accurate: FIRS screening happens at the youth center, not on her doorstep. Consent given under pressure is not consent.]],
    },
  },

  scene "tonight" {
    title = "Where Marco sleeps tonight",
    text = function(v)
      local wish
      if v.plan then
        wish = "She has told you what she wants: Marco somewhere safe tonight, help for all of them, and no court case."
      else
        wish = "She has said she doesn't want him arrested, and that she can't have him home tonight."
      end
      return wish .. [[


For a 16-year-old in a family assault, arrest is your call: the injuries, the threats, the history. In King County, a youth arrested for family violence is taken to the juvenile detention center in Seattle, where FIRS staff review the case and can place him in an unlocked respite center instead of a locked cell. Stays there usually last three or four days.]]
    end,
    notes = [[Washington made arrest of 16- and 17-year-olds for family violence discretionary in 2016 (SB 5605); check current state law before relying on this detail. In FIRS, arrest is the door to respite and services, not to a court case: the agreement replaces charges. Before FIRS, about a third of new-offense bookings into King County juvenile detention were family-violence incidents.]],
    questions = {
      "Is an arrest that leads to respite and no charge 'least intrusive'? Compared with what?",
      "What does leaving him at home cost the mother and Lucia?",
    },
    choice { "Book him into secure detention. He's a risk, and the gun comment settles it",
      id = "secure-detention",
      to = "booking",
      set = { custody = "detention" },
      score = { least_intrusive = -3, safety = 1, respect = -1 },
      feedback = [[Detention is the most intrusive option you have. The gun risk is met by removing access and getting him screened, not by a locked cell, and a night in detention is exactly what FIRS was designed to replace for misdemeanor family violence.]],
    },
    choice { "Arrest Marco for the family assault and take him to the youth center, noting he appears eligible for FIRS and the respite center",
      id = "firs-route",
      to = "booking",
      set = { custody = "respite" },
      score = { least_intrusive = 2, safety = 2, victim_voice = 1 },
      feedback = [[Least intrusive and safe. This is the FIRS route: a night apart for everyone, a risk and needs assessment, services within days, and no charge if the family signs a service agreement. It meets both of the mother's wishes better than either detention or going home.]],
    },
    choice { "No arrest, since she doesn't want one. Leave Marco at home with a leaflet and tell her to call if it starts again",
      id = "leave-home",
      to = "home_alone",
      set = { custody = "home" },
      score = { least_intrusive = 1, safety = -2, victim_voice = -2 },
      feedback = [[It honors "I don't want him arrested" but ignores the next sentence: "I can't have him here tonight." No arrest also means no FIRS screening, no respite and no services. The least intrusive response is the mildest one that still meets safety, and this one does not.]],
    },
  },

  scene "booking" {
    title = "The referral, 11:40 pm",
    text = function(v)
      local where
      if v.custody == "detention" then
        where = "Marco is in the intake area of the detention center, waiting to be booked."
      else
        where = "A FIRS staff member is talking quietly with Marco in the intake area."
      end
      return where .. [[ You sit down to write the referral.

You go over what you have. A two-handed shove, a red mark on her forearm, a bruised hip. No weapon was used. The remark about his father's gun was made on Sunday, two days before.

What goes in the offense box matters. FIRS takes misdemeanor family violence. A felony referral means a longer look and, tonight, a locked room.]]
    end,
    notes = [[FIRS prosecutors look at how a case could actually be charged; even a higher referral can qualify if the facts support only a misdemeanor. Inflating the referral does not get the family more help; it gets the boy a locked room and a court file.]],
    choice { "Assault 4, domestic violence: the shove, the marks, her words. Put his statement about the gun and the safekeeping in a separate note to the screeners, as a risk, not a charge",
      id = "assault4-with-risk-note",
      when = function(v) return v.red_flag ~= "ignored" end,
      to = "screening",
      set = { charge = "assault4" },
      score = { due_process = 2, least_intrusive = 2, safety = 1 },
      feedback = [[Due process and least intrusive. The charge matches what he did, and the risk goes to the people who can act on it. Keeping "what he did" apart from "what worries us" protects both his rights and everyone's safety.]],
    },
    choice { "Assault 4, domestic violence: the shove and the marks, nothing more",
      id = "assault4-only",
      when = function(v) return v.red_flag == "ignored" end,
      to = "screening",
      set = { charge = "assault4" },
      score = { due_process = 2, least_intrusive = 2 },
      feedback = [[Due process and least intrusive: the charge matches the facts. But because the gun remark was set aside at the house, nothing in your referral tells the screeners about the biggest risk in this family.]],
    },
    choice { "Write it up as Assault 2, citing the gun comment, so he is held and has to take the services",
      id = "inflate-charge",
      to = "screening",
      set = { charge = "inflated" },
      violation = "coerced_accused",
      score = { due_process = -3, least_intrusive = -3, respect = -1 },
      feedback = [[This breaks a safeguard: coercing the accused with a charge the facts do not support. The gun played no part in the shove. Charging up to force services turns a family's request for help into leverage against their son, and it is the opposite of using the least enforcement the situation needs.]],
    },
  },

  scene "screening" {
    title = "Wednesday, 10:15 am",
    text = function(v)
      local parts = { "Grace Okoye, a juvenile probation counselor on the FIRS team, calls you about your referral." }
      if v.custody == "detention" then
        parts[#parts + 1] = "Marco spent the night in secure detention; she has asked for him to be moved to the respite center."
      end
      if v.charge == "inflated" then
        parts[#parts + 1] = "Ms. Okoye: Your referral says Assault 2. The narrative describes a shove and a bruise. Help me understand that."
      end
      if v.red_flag == "secured" then
        parts[#parts + 1] = "She thanks you for the note on the gun: a mental-health screen is booked for this afternoon."
      end
      if v.questioned then
        parts[#parts + 1] = "She mentions that the prosecutor's office has flagged the account you took from Marco in the car, before he had spoken to a lawyer."
      end
      if v.pressured then
        parts[#parts + 1] = "Ms. Okoye: Ms. Villanueva told me an officer said it was the program or detention. I need to know she's choosing this."
      elseif not v.plan then
        parts[#parts + 1] = "Ms. Okoye: Ms. Villanueva wasn't sure last night what would happen next. We've explained it now."
      end
      parts[#parts + 1] = "Ms. Okoye: The family wants help, not a court case, and Marco says he'll do the program. Before we draw up a service agreement, what's your view?"
      return table.concat(parts, "\n\n")
    end,
    notes = [[The FIRS team screens the referral, the police report and any history, and talks to the youth and the parent before deciding eligibility. The officer's account and recommendation carry weight. A late correction cannot undo a broken safeguard, but it changes what happens to the family.]],
    questions = {
      "What does an officer owe the family after the arrest is over?",
      "If you overstated the charge last night, what does putting it right cost you, and what does it save them?",
    },
    choice { "Recommend the prosecutor file charges instead. FIRS is too soft for a kid who put hands on his mother",
      id = "recommend-filing",
      when = function(v) return v.charge ~= "inflated" end,
      to = "court_track",
      score = { least_intrusive = -3, victim_voice = -2, repair = -1 },
      feedback = [[This overrides the mother's clear wish and the least intrusive response that meets the risk. Before FIRS, families in this position often stopped cooperating: about 40% of juvenile family-violence referrals in King County ended in declines, and services rarely reached those families.]],
    },
    choice { "Support FIRS: give the facts straight, pass on what Ms. Villanueva told you she wants, and flag any risk you saw",
      id = "support-firs",
      when = function(v) return v.charge ~= "inflated" and not v.pressured end,
      to = "follow_up",
      score = { least_intrusive = 2, repair = 2, victim_voice = 1, accountability = 1 },
      feedback = [[Least intrusive and repair. A service agreement built around this family (counseling at home, the Step-Up program, a mental-health assessment) is aimed at the harm and its causes, with no charge. Your honest account helps the team fit the agreement to the family.]],
    },
    choice { "Tell Ms. Okoye exactly what you said to Ms. Villanueva, and ask the team to check her agreement again without police in the room. Support FIRS if she chooses it",
      id = "own-the-pressure",
      when = function(v) return v.pressured and v.charge ~= "inflated" end,
      to = "follow_up",
      score = { voluntary = 2, least_intrusive = 2, repair = 1, accountability = 1 },
      feedback = [[Voluntary participation. Owning the pressure lets the team make sure her agreement is real this time. The safeguard you broke last night still counts, but the family now gets to choose freely.]],
    },
    choice { "Stand by the Assault 2. He needs to feel some consequences",
      id = "stand-by-felony",
      when = function(v) return v.charge == "inflated" end,
      to = "court_track",
      score = { due_process = -2, least_intrusive = -2, victim_voice = -1 },
      feedback = [[Doubling down keeps a charge the facts do not support and pulls the family into a court process the mother told you she did not want. "Consequences" that outlast the facts are punishment, not accountability.]],
    },
    choice { "Correct the referral: the facts support Assault 4, nothing more. Support FIRS",
      id = "correct-referral",
      when = function(v) return v.charge == "inflated" end,
      to = "follow_up",
      set = { charge = "corrected" },
      score = { due_process = 2, least_intrusive = 2, repair = 1, accountability = 1 },
      feedback = [[Due process. Putting it right late is far better than never: it gets him out of the felony track and into FIRS. The safeguard broken last night still counts against you, and he has already had a night in a locked room because of it.]],
    },
  },

  scene "follow_up" {
    title = "Ten days later",
    text = function(v)
      local parts = { "You stop by Meeker Street for the department's domestic-violence follow-up visit." }
      if v.custody == "detention" then
        parts[#parts + 1] = "Marco was moved from detention to the respite center on Wednesday and came home on Sunday."
      else
        parts[#parts + 1] = "Marco spent three nights at the respite center and came home on Saturday."
      end
      parts[#parts + 1] = "The family signed a FIRS service agreement: in-home family counseling, the Step-Up program for Marco and his mother, and a mental-health assessment. No charge has been filed."
      if v.red_flag == "secured" then
        parts[#parts + 1] = "The pistol is still in the property room. She hasn't decided whether she wants it back."
      else
        parts[#parts + 1] = "In passing she mentions that the pistol is still in the closet."
      end
      parts[#parts + 1] = "Ms. Villanueva: It's better. Not fixed. Better."
      parts[#parts + 1] = "Marco is at the kitchen table doing homework, with Lucia next to him."
      return table.concat(parts, "\n\n")
    end,
    notes = [[A restorative process separates the act from the person. This visit is a chance to reinforce what Marco is doing to put things right, or to undo it with a lecture in front of his little sister.]],
    choice { "Remind Marco, in front of his sister, that one more call means jail",
      id = "lecture",
      to = { { 0.6, "gun_question" }, { 0.4, "call_back" } },
      set = { visit = "lecture" },
      score = { respect = -2, accountability = -1 },
      feedback = [[A threat in front of his little sister shames him and is not even accurate. Shaming that labels the person, rather than the act, tends to push young people away from the people trying to help them. It teaches fear, not responsibility.]],
    },
    choice { "Skip the visit. FIRS has the case now",
      id = "skip-visit",
      to = { { 0.65, "gun_question" }, { 0.35, "call_back" } },
      set = { visit = "skipped" },
      score = { safety = -1, victim_voice = -1 },
      feedback = [[FIRS does have the services, but the safety plan you made was yours, and a short visit is how you find out whether it still works. Skipping it leaves the mother's voice, and any remaining risk, unheard.]],
    },
    choice { "Talk with each of them separately: check the safety plan, ask Marco what he is doing to make things right, and tell him what you've noticed he is doing well",
      id = "checkin",
      when = function(v) return v.red_flag == "secured" end,
      to = { { 0.7, "gun_question" }, { 0.3, "call_back" } },
      set = { visit = "checkin" },
      score = { respect = 2, accountability = 2, safety = 1 },
      feedback = [[Respect and accountability. Asking Marco what he is doing to make things right keeps the focus on repair, and noticing his effort is reintegrative: it separates the act from the person. Checking the plan with his mother in private keeps her safety in view.]],
    },
    choice { "Check in with each of them separately, and raise the pistol again: offer to take it for safekeeping now",
      id = "checkin-and-gun",
      when = function(v) return v.red_flag ~= "secured" end,
      to = { { 0.7, "gun_question" }, { 0.3, "call_back" } },
      set = { visit = "checkin", red_flag = "secured" },
      score = { respect = 2, accountability = 2, safety = 1 },
      feedback = [[Respect, accountability and safety. Coming back to the firearm you left behind is the most important thing you can do on this visit, and asking Marco what he is doing to put things right keeps the focus on repair. It is still ten days late: the risk sat in the house all that time.]],
    },
  },

  scene "gun_question" {
    title = "July",
    text = function(v)
      local ask
      if v.red_flag == "secured" then
        ask = [[Ms. Villanueva calls your desk.

Ms. Villanueva: The pistol's still in your property room. Things are good now, really good. Can I have it back? It was Luis's.]]
      else
        ask = [[Ms. Villanueva stops you outside the grocery store.

Ms. Villanueva: Things are good now, really good. That pistol of Luis's is still in my closet. Should I even keep it?]]
      end
      return [[Marco's FIRS caseworker has closed his service agreement as completed: family counseling done, Step-Up done. No charge was ever filed.

]] .. ask
    end,
    notes = [[The risk that mattered most in March was never the shove. A calm month does not end it, and the firearm is her property and her decision. The officer's job is to help her decide with the full picture, not to decide for her or to shrug.]],
    questions = { "Where is the line between advising her and deciding for her?" },
    choice { "Go through her options (store it away from the house, leave it with a relative, sell or transfer it), suggest she ask the family counselor, and leave the choice to her",
      id = "gun-options",
      to = "firs_completed",
      set = { gun_talk = "options" },
      score = { safety = 2, victim_voice = 2, respect = 1, due_process = 1 },
      feedback = [[Safety and victim voice. A teenager who once talked about using that gun still lives in the house, so the question deserves a real answer. Laying out the options and pointing her to the counselor who knows Marco keeps her informed and in charge of her own property.]],
    },
    choice { "Tell her she can't have it back while Marco lives with her",
      id = "gun-refuse",
      to = "firs_completed",
      set = { gun_talk = "refused" },
      score = { safety = 1, victim_voice = -2, due_process = -2, respect = -1 },
      feedback = [[Your worry is reasonable, but the decision isn't yours to make this way. It is her property, and refusing on your own say-so overrides her and skips the process for returning it. Advise her, and leave the choice where it belongs.]],
    },
    choice { "Tell her it's her property and explain the paperwork; how she stores it is her business",
      id = "gun-paperwork",
      to = "firs_completed",
      set = { gun_talk = "paperwork" },
      score = { safety = -2, due_process = 1 },
      feedback = [[Correct on the rules, but it leaves the biggest risk from March unspoken. She asked what she should do, and a firearm in a house where a teenager talked about using it deserves a conversation about safe storage, not just a form.]],
    },
  },

  scene "call_back" {
    title = "Four months later, 11:20 pm",
    text = [[Marco's FIRS caseworker closed his service agreement as completed three weeks ago: counseling done, Step-Up done.

Tonight Ms. Villanueva called 911 again. When you arrive, the bathroom door has a hole kicked through it. Marco has gone to a friend's two streets away. Nobody was touched.

Ms. Villanueva: I want him charged. For tonight, and for March. I did everything they asked. I'm done.

Lucia is asleep upstairs. Ms. Villanueva's hands are shaking.]],
    notes = [[Two things are true at once: she has every right to want charges and to have that wish taken seriously, and March was settled by an agreement her son kept. Respecting her and keeping due process are not in conflict; the officer's job is to be honest about both.]],
    questions = {
      "What can you promise her tonight, and what must you not promise?",
      "Why does it matter to future families that a completed agreement is not reopened?",
    },
    choice { "Talk her out of it: he has done so well, and a charge would undo everything",
      id = "talk-her-out",
      to = "unheard",
      set = { last_call = "talked_out" },
      score = { victim_voice = -3, voluntary = -3, safety = -1, respect = -1 },
      feedback = [[Her wish is hers to make, and the decision belongs to the prosecutor, not to you. Pressing a frightened parent to drop a report puts your view of her son above her safety and her voice.]],
    },
    choice { "Check they are safe tonight and take a report. Tell her honestly: March was settled by the agreement, but tonight's report and her wish for charges go to the prosecutor, who decides",
      id = "honest-report",
      to = "new_report",
      score = { victim_voice = 3, due_process = 2, safety = 2, respect = 1 },
      feedback = [[Victim voice and due process together. Her wish for charges is recorded and passed to the person who decides, so her choice is respected rather than managed. At the same time the completed agreement holds, and tonight is judged on its own facts. Leave her the FIRS team's and an advocate's numbers too: help did not end when the agreement closed.]],
    },
    choice { "Write March up again alongside tonight so the prosecutor can charge both",
      id = "reopen-march",
      to = "reopened",
      violation = "punished_after_agreement",
      score = { due_process = -3, least_intrusive = -2, victim_voice = 1 },
      feedback = [[This breaks a safeguard: prosecuting again after an agreement has been completed. It feels like honoring her wish, but the agreement replaced the charge, and reviving it punishes the family for taking part. It also tells every family considering FIRS that finishing the program may buy them nothing.]],
    },
    choice { "Tell her FIRS closed the case and there is nothing more police can do",
      id = "nothing-to-do",
      to = "unheard",
      set = { last_call = "nothing" },
      score = { victim_voice = -3, safety = -2, due_process = -1, respect = -1 },
      feedback = [[This is wrong and it shuts her out. Tonight is a new incident and can be reported like any other; only March is settled. Telling her nothing can be done leaves her with the damage, the fear, and a reason never to call again.]],
    },
  },

  ending "firs_completed" {
    title = "Home, with help",
    text = function(v)
      local parts = {}
      if v.gun_talk == "options" then
        parts[#parts + 1] = "After talking it over with the family counselor, Ms. Villanueva has Luis's pistol transferred, through a licensed dealer, to Luis's brother in Yakima. Marco helped her decide."
      elseif v.gun_talk == "refused" then
        parts[#parts + 1] = "Ms. Villanueva files a complaint about the pistol and gets it back through the property room a month later. Nobody talks with her about where to keep it."
      else
        parts[#parts + 1] = "The pistol goes back on the closet shelf, in the same lockbox."
      end
      if v.custody == "detention" then
        parts[#parts + 1] = "Marco still talks about the night in detention. The FIRS counselor spent their first two sessions on it."
      end
      if v.charge == "corrected" then
        parts[#parts + 1] = "The corrected referral is what made FIRS possible; the first one would have sent him to court."
      end
      if v.visit == "lecture" then
        parts[#parts + 1] = "Marco avoids the patrol officers on his street. He says they only ever talk to him about jail."
      else
        parts[#parts + 1] = "The family counselor still visits once a month. Lucia has stopped sleeping with her door locked."
      end
      parts[#parts + 1] = "Marco is still at the same school. There is no court file with his name on it."
      return table.concat(parts, "\n\n")
    end,
    outcome = {
      victim = "Safer at home: a plan, a counselor who comes to the house, and the help she called for without having to testify against her son.",
      accused = "No charge and no court case. He finished counseling and Step-Up and kept his place at school.",
      community = "One fewer detention bed and court case, and a family linked to services within days of the crisis rather than months.",
    },
    debrief = [[FIRS treats a parent's 911 call as a request for help. The officer's choices decide whether the family gets there: separate the people, confirm it is a child-against-parent case and not partner violence, find and deal with the real risk (here, a gun), use arrest as the door to respite rather than a cell, write the charge the facts support, and keep the mother's voice at the center.]],
    questions = { "Which of your choices at the door made this ending possible?" },
  },

  ending "new_report" {
    title = "Heard, and told the truth",
    text = [[You take a report for malicious mischief on tonight's damage and note Ms. Villanueva's wish for charges in plain words. Marco stays at his friend's house for the night, with his friend's mother's agreement.

Three days later a prosecutor and the FIRS team meet Ms. Villanueva together. She hears what a charge for tonight would involve and what help is available again, and she decides what she wants them to know. Marco has a lawyer. March stays closed.]],
    outcome = {
      victim = "Her fear was taken seriously, her wish for charges went to the person who decides, and she has an advocate and the FIRS team to call.",
      accused = "The completed agreement still counts, so March stays closed. Tonight is reviewed on its own facts and at its true level, and he has a lawyer.",
      community = "Families can trust that a kept agreement means what it said, and that a new harm still gets a real response.",
    },
    debrief = [[Respecting a victim's choice and keeping due process are not in conflict. You do not decide charges, so you should neither promise them nor talk her out of them: you record her wish honestly and pass it to the person who decides. A completed agreement replaced the charge for March; a new incident is a new report.]],
  },

  ending "reopened" {
    title = "Reopened",
    text = [[The prosecutor's office sends the March referral back within a day: the family completed a FIRS agreement in place of charges. The report on tonight goes forward on its own, a week later than it could have.

Ms. Villanueva was told March could be charged. It couldn't. Marco's lawyer asks why the department tried to revive a case his client had finished.]],
    outcome = {
      victim = "She was led to expect something that could not happen, and now feels let down twice: by the system and by the officer.",
      accused = "He learns that finishing the program seemed to count for nothing, and trusts the next offer of help less.",
      community = "Word gets round that a FIRS agreement may not hold, and fewer families sign one.",
    },
    debrief = [[An agreement that replaces a charge has to hold once it is kept. Reviving the original incident after completion punishes the family for taking part. It feels like honoring the victim, but it gives her a false promise and weakens the program for the next family.]],
  },

  ending "unheard" {
    title = "Nothing more to do",
    text = function(v)
      if v.last_call == "talked_out" then
        return [[Ms. Villanueva nods, apologizes for "wasting your time", and closes the door. No report is written.

When the FIRS team reaches out in the autumn for their follow-up survey, she doesn't answer.]]
      end
      return [[Ms. Villanueva stares at you, then at the door. "So I just live with this." No report is written.

When the FIRS team reaches out in the autumn for their follow-up survey, she doesn't answer.]]
    end,
    outcome = {
      victim = "She called for help and was talked down or turned away. She is unlikely to call again.",
      accused = "No response and no help for tonight, so whatever is driving it continues out of sight.",
      community = "Harm at home goes unreported, and a family that once trusted the system stops calling it.",
    },
    debrief = [[A completed agreement closes the old incident, not the family's access to help. Turning her away, or steering her off reporting, silences the person the whole process exists to serve. Her wish for charges deserved to be recorded and passed to the person who decides.]],
  },

  ending "court_track" {
    title = "Back to the old way",
    text = function(v)
      local parts = {}
      if v.charge == "inflated" then
        parts[#parts + 1] = "The referral goes to the charging unit as Assault 2. A prosecutor files it as Assault 4 a week later: the facts never supported more."
      else
        parts[#parts + 1] = "On your recommendation the case goes to the charging unit instead of FIRS, and a charge of Assault 4 is filed."
      end
      parts[#parts + 1] = "Ms. Villanueva is now a witness against her son. She tells the prosecutor she will not testify. Marco misses several days of school for hearings and meetings with his lawyer."
      parts[#parts + 1] = "In May the case is dismissed. No counseling ever started."
      return table.concat(parts, "\n\n")
    end,
    outcome = {
      victim = "She became a witness against her own child, declined to testify, and ended up without the help she called for.",
      accused = "Nights away from home, a pending charge, missed school, then a dismissal, and no counseling for what drove the shove.",
      community = "Court and detention time spent on a case the family never wanted in court: the pattern FIRS was created to end.",
    },
    debrief = [[Before FIRS, services for juvenile family violence came only after a case was decided, and families often withdrew first. Overriding the family's wishes, or inflating the charge, pulls them back into that old pattern. The least intrusive response that meets the risk was there to use.]],
  },

  ending "home_alone" {
    title = "Left at home",
    text = function(v)
      if v.red_flag == "ignored" then
        return [[You leave a leaflet on the counter. Nobody tells anyone about the pistol.

Eleven days later Lucia calls 911: Marco has the lockbox open and is sitting in the closet. Officers talk him out. He is taken to hospital for a crisis evaluation. No one is hurt, this time.

Ms. Villanueva asks the new officers why nobody took the gun the first time.]]
      end
      return [[You leave a leaflet on the counter. Marco sleeps in his room; his mother sleeps in Lucia's.

Two weeks later there is another 911 call: a shouting match, a phone thrown at a wall. No one is hurt. Ms. Villanueva asks the new officers why nobody told her about the help last time.]]
    end,
    outcome = {
      victim = "No arrest, as she asked, but no night apart, no services, and the fear she described still living in the house.",
      accused = "No record, and no help with the grief and anger behind the shove.",
      community = "A second call and more officer time, and a family that now doubts calling for help does any good.",
    },
    debrief = [[Least intrusive does not mean doing nothing. It means the mildest response that still meets safety and the family's needs. Here that was the FIRS route: arrest as the door to respite and services, with no charge. Leaving him at home honored half of what the mother said and none of what she needed.]],
  },
}
