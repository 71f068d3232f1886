-- The rubric every scenario in this folder is scored against.
-- Principles follow the proposed rubric in shared/reference/restorative-practice.md B.2
-- (rows 1-8, in order); safeguards follow the hard violations in B.3.
-- Scenarios refer to these ids: do not rename them.

return rubric {
  version = 1,

  principles = {
    {
      id = "voluntary",
      name = "Voluntary, informed participation",
      definition = "The person harmed and the person who caused harm each choose freely to take part, "
        .. "knowing what the process is, what it can lead to and that they may stop at any time. "
        .. "Silence, pressure or a promised reward is not consent.",
      source = "UN Basic Principles (ECOSOC 2002/12) paras 7, 13(b)-(c); IIRP conference script preamble",
    },
    {
      id = "victim_voice",
      name = "Victim's voice and needs",
      definition = "The questions, needs and choices of the person harmed decide whether the process happens, "
        .. "in what form and with whom. Help is offered to them whatever they decide.",
      source = "Zehr, The Little Book of Restorative Justice (2002); D.C. OAG youth Restorative Justice Program "
        .. "(seed 000); Common Justice model",
    },
    {
      id = "accountability",
      name = "Active accountability",
      definition = "The person who caused harm accepts what they did, understands who was hurt and how, "
        .. "and takes part in putting it right. A bare 'sorry' or a punishment does not replace this.",
      source = "Zehr, pillar of accountability; Scottish Government guidance for the delivery of restorative justice; "
        .. "IIRP restorative questions",
    },
    {
      id = "repair",
      name = "Proportionate, workable repair",
      definition = "The agreement repairs the harm with obligations that are reasonable and proportionate, "
        .. "say who does what by when, and are followed up.",
      source = "UN Basic Principles (ECOSOC 2002/12) para 7; D.C. Office of the Attorney General "
        .. "Restorative Justice Program (at least six months' monitoring)",
    },
    {
      id = "safety",
      name = "Safety and power balance",
      definition = "Risk is checked from referral to follow-up. Differences of age, capacity or intimidation "
        .. "are noticed and managed, and the process changes or stops when danger appears.",
      source = "UN Basic Principles (ECOSOC 2002/12) paras 9-10; Istanbul Convention Art. 48; "
        .. "Scottish Government guidance; D.C. OAG and Common Justice exclusions",
    },
    {
      id = "due_process",
      name = "Due process and legal safeguards",
      definition = "A restorative route never weakens anyone's rights: enough evidence to charge, legal advice "
        .. "before any admission, a parent for a minor, statements kept confidential and out of charging, "
        .. "and dismissal when the agreement is kept.",
      source = "UN Basic Principles (ECOSOC 2002/12) paras 7, 13(a), 14; D.C. OAG youth Restorative Justice Program "
        .. "rules (seed 000)",
    },
    {
      id = "respect",
      name = "Respectful, reintegrative engagement",
      definition = "Everyone affected, with their supporters, is treated with dignity. The facilitator stays "
        .. "impartial, keeps to the process and separates what was done from who the person is.",
      source = "Zehr, pillar of engagement; UN Basic Principles (ECOSOC 2002/12) paras 18-19; "
        .. "IIRP conference script; Hoyle, Young & Hill 2002 (Thames Valley restorative cautioning)",
    },
    {
      id = "least_intrusive",
      name = "Least-intrusive use of discretion",
      definition = "Use the mildest response that still meets safety and repair: take only cases that would "
        .. "otherwise be charged, add no needless conditions, and send unsuitable cases back without delay.",
      source = "D.C. OAG programme eligibility (only cases a prosecutor would charge); National Network for Safe "
        .. "Communities principles ('first do no harm'); UN Basic Principles (ECOSOC 2002/12) para 11",
    },
  },

  safeguards = {
    {
      id = "no_victim_consent",
      name = "No free consent from the victim",
      definition = "Referring a case to a conference, or holding one, without the victim's free and informed "
        .. "consent (and a parent's permission for a minor), including a 'yes' given under pressure.",
      source = "UN Basic Principles (ECOSOC 2002/12) paras 7, 13(c); Common Justice model; "
        .. "D.C. OAG youth Restorative Justice Program (victim permission; seed 000)",
    },
    {
      id = "coerced_accused",
      name = "Coercing the accused",
      definition = "Pressuring or unfairly inducing the accused to take part, to admit, to speak or to accept terms, "
        .. "for example by threatening a harsher charge or an immediate return to court.",
      source = "UN Basic Principles (ECOSOC 2002/12) para 13(c)",
    },
    {
      id = "responsibility_denied",
      name = "Going ahead despite denial",
      definition = "Holding a conference while the accused denies responsibility or disputes the basic facts.",
      source = "Scottish Government guidance for the delivery of restorative justice; IIRP conference script "
        .. "(the person has admitted their part)",
    },
    {
      id = "admission_before_counsel",
      name = "Admission before legal advice",
      definition = "Taking or relying on an admission before defence counsel has explained what admitting means "
        .. "and what it can lead to.",
      source = "UN Basic Principles (ECOSOC 2002/12) para 13(a); D.C. OAG youth Restorative Justice Program "
        .. "(admission only after counsel explains the consequences; seed 000)",
    },
    {
      id = "minor_without_guardian",
      name = "Minor without a parent or guardian",
      definition = "Holding a young person's preparation meeting, conference or agreement without a parent or "
        .. "guardian there to support them.",
      source = "UN Basic Principles (ECOSOC 2002/12) para 13(a)",
    },
    {
      id = "statements_used",
      name = "Using what was said in the process",
      definition = "Using anything said in preparation or in the conference as evidence or in charging, or passing "
        .. "it on without every party's consent.",
      source = "UN Basic Principles (ECOSOC 2002/12) para 14; D.C. OAG youth Restorative Justice Program (statements "
        .. "not usable in future charging; seed 000); Colorado HB 24-1101 as introduced",
    },
    {
      id = "net_widening",
      name = "Net-widening",
      definition = "Referring a case without enough evidence to charge, or one that would not otherwise be charged, "
        .. "so the process reaches people the system would have left alone.",
      source = "UN Basic Principles (ECOSOC 2002/12) para 7; D.C. OAG programme (takes a case only if a "
        .. "prosecutor would bring a charge)",
    },
    {
      id = "ipv_conference",
      name = "Intimate-partner or sexual violence in a standard conference",
      definition = "Sending intimate-partner violence, sexual violence or stalking to a standard conference, or "
        .. "ordering one. Where the law allows it at all, it must be asked for by the victim, run by a "
        .. "specialist and risk-assessed.",
      source = "Istanbul Convention Art. 48; C.R.S. 19-2-925(2)(l); D.C. OAG and Common Justice exclusions",
    },
    {
      id = "ignored_red_flag",
      name = "Ignoring a safety red flag",
      definition = "Going ahead face to face after threats, intimidation or coercive control have come to light, "
        .. "without stopping to assess and manage the risk.",
      source = "UN Basic Principles (ECOSOC 2002/12) para 10; Scottish Government guidance",
    },
    {
      id = "punished_after_agreement",
      name = "Punishing after the agreement",
      definition = "Prosecuting again or adding sanctions once the agreement is completed, or treating a failure "
        .. "to agree or to complete it as a reason for a harsher outcome.",
      source = "D.C. OAG youth Restorative Justice Program (charges dropped permanently on completion; seed 000); "
        .. "Baltimore Community Conferencing Center (an unfinished agreement returns the case to the referral source)",
    },
    {
      id = "degrading_terms",
      name = "Degrading terms or shaming facilitation",
      definition = "Imposing disproportionate or humiliating obligations, or facilitating in a way that shames a "
        .. "participant or takes sides.",
      source = "UN Basic Principles (ECOSOC 2002/12) paras 7, 18; IIRP conference script preamble",
    },
  },

  bands = {
    { id = "exemplary", name = "Exemplary", min = 85 },
    { id = "proficient", name = "Proficient", min = 70 },
    { id = "developing", name = "Developing", min = 50 },
    { id = "needs_work", name = "Needs work", min = 0 },
  },
  -- A broken safeguard is a hard violation (B.3): whatever the score, the attempt is
  -- capped at Developing, so a procedural failure is never reported as Proficient.
  violation_cap = "developing",
}
