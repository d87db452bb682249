/* SPDX-License-Identifier: MIT */
/*
 * Every word the project prints about init steps, once: rules, verdict
 * states, step flags and default phase names.  The boot's trace, its JSON,
 * liblinktable and the linktable command all read these tables, so the
 * same thing is spelled the same everywhere.
 */
#include "plan_internal.h"

static const char *const rule_names[LINKTABLE_RULES] = {
	[LINKTABLE_RULE_NONE] = "",
	[LINKTABLE_RULE_SUBARCHS] = "subarchs",
	[LINKTABLE_RULE_NAMES] = "names",
	[LINKTABLE_RULE_LEVEL] = "level",
	[LINKTABLE_RULE_PHASES] = "phases",
	[LINKTABLE_RULE_RELEASE] = "release",
	[LINKTABLE_RULE_DUPLICATES] = "duplicates",
	[LINKTABLE_RULE_MISSING] = "missing",
	[LINKTABLE_RULE_SUBARCH_PLAN] = "subarch-plan",
	[LINKTABLE_RULE_CYCLE] = "cycle",
	[LINKTABLE_RULE_RESOURCE] = "resource",
	[LINKTABLE_RULE_DEPENDENCY] = "dependency",
	[LINKTABLE_RULE_SUBARCH_MEMORY] = "subarch-memory",
	[LINKTABLE_RULE_GAPS] = "gaps",
	[LINKTABLE_RULE_UNDEFINED_TABLE] = "undefined-table",
	[LINKTABLE_RULE_EMPTY] = "empty",
	[LINKTABLE_RULE_PREBUILT_PLAN] = "prebuilt-plan",
	[LINKTABLE_RULE_UNSUPPORTED_CRITICAL] = "unsupported-critical",
	[LINKTABLE_RULE_NEVER_RUNS] = "never-runs",
	[LINKTABLE_RULE_SELF_DEPENDENCY] = "self-dependency",
	[LINKTABLE_RULE_UNUSED_DEPENDENCY] = "unused-dependency",
	[LINKTABLE_RULE_UNSEALED] = "unsealed",
};

/* Every rule is an error but these: the boot goes on past them. */
static const unsigned char rule_severity[LINKTABLE_RULES] = {
	[LINKTABLE_RULE_NEVER_RUNS] = LINKTABLE_SEVERITY_WARNING,
	[LINKTABLE_RULE_SELF_DEPENDENCY] = LINKTABLE_SEVERITY_WARNING,
	[LINKTABLE_RULE_UNUSED_DEPENDENCY] = LINKTABLE_SEVERITY_WARNING,
	[LINKTABLE_RULE_UNSEALED] = LINKTABLE_SEVERITY_WARNING,
};

static const unsigned char error_rules[LINKTABLE_PLAN_ERROR_KINDS] = {
	[LINKTABLE_PLAN_ERROR_SUBARCH_RANGE] = LINKTABLE_RULE_SUBARCHS,
	[LINKTABLE_PLAN_ERROR_NO_NAME] = LINKTABLE_RULE_NAMES,
	[LINKTABLE_PLAN_ERROR_LEVEL_RANGE] = LINKTABLE_RULE_LEVEL,
	[LINKTABLE_PLAN_ERROR_NO_SUBARCH] = LINKTABLE_RULE_SUBARCHS,
	[LINKTABLE_PLAN_ERROR_EXTRA_PHASE] = LINKTABLE_RULE_PHASES,
	[LINKTABLE_PLAN_ERROR_RELEASED] = LINKTABLE_RULE_RELEASE,
	[LINKTABLE_PLAN_ERROR_DUPLICATE] = LINKTABLE_RULE_DUPLICATES,
	[LINKTABLE_PLAN_ERROR_MISSING] = LINKTABLE_RULE_MISSING,
	[LINKTABLE_PLAN_ERROR_LEVEL_ORDER] = LINKTABLE_RULE_LEVEL,
	[LINKTABLE_PLAN_ERROR_SUBARCH_DEP] = LINKTABLE_RULE_SUBARCH_PLAN,
	[LINKTABLE_PLAN_ERROR_CYCLE] = LINKTABLE_RULE_CYCLE,
	[LINKTABLE_PLAN_ERROR_MISSING_AFTER] = LINKTABLE_RULE_MISSING,
	[LINKTABLE_PLAN_ERROR_RESOURCE] = LINKTABLE_RULE_RESOURCE,
};

static const char *const verdict_names[LINKTABLE_VERDICT_STATES] = {
	[LINKTABLE_VERDICT_RUNS] = "runs",
	[LINKTABLE_VERDICT_UNSUPPORTED] = "unsupported",
	[LINKTABLE_VERDICT_BROKEN] = "broken",
	[LINKTABLE_VERDICT_REFUSED] = "refused",
};

/* In bit order. */
static const char *const flag_words[] = { "finish-if-detected", "critical", "parallel-safe" };

/* Constant, so threads tracing at once need no lock. */
static const char *const phase_words[LINKTABLE_MAX_PHASES] = {
	"early_init", "setup_arch", "late_init", "phase3", "phase4", "phase5", "phase6", "phase7",
};

const char *linktable_rule_name(unsigned int rule)
{
	return rule < LINKTABLE_RULES ? rule_names[rule] : "unknown";
}

unsigned int linktable_rule_severity(unsigned int rule)
{
	return rule < LINKTABLE_RULES ? rule_severity[rule] : LINKTABLE_SEVERITY_ERROR;
}

const char *linktable_severity_name(unsigned int severity)
{
	return severity == LINKTABLE_SEVERITY_WARNING ? "warning" : "error";
}

unsigned int linktable_rule_of_error(unsigned int kind)
{
	return kind < LINKTABLE_PLAN_ERROR_KINDS ? error_rules[kind] : LINKTABLE_RULE_NONE;
}

const char *linktable_plan_error_rule(unsigned int kind)
{
	return kind < LINKTABLE_PLAN_ERROR_KINDS ? rule_names[error_rules[kind]] : "unknown";
}

const char *linktable_verdict_state_name(unsigned int state)
{
	return state < LINKTABLE_VERDICT_STATES ? verdict_names[state] : "unknown";
}

const char *linktable_flag_name(unsigned int flag)
{
	unsigned int i;

	for (i = 0; i < sizeof(flag_words) / sizeof(flag_words[0]); i++)
		if (flag == 1u << i)
			return flag_words[i];
	return (const char *)0;
}

const char *linktable_flag_names(unsigned int flags, char *buf, linktable__size_t size)
{
	struct linktable__out o = { buf, size, 0 };
	unsigned int bit;

	if (size)
		buf[0] = 0;
	for (bit = 1; bit && bit <= LINKTABLE_INIT_FLAGS; bit <<= 1)
		if (flags & bit) {
			linktable__out_printf(&o, "%s%s", o.len ? "," : "", linktable_flag_name(bit));
			flags &= ~bit;
		}
	if (flags)
		linktable__out_printf(&o, "%s0x%x", o.len ? "," : "", flags);
	return buf;
}

const char *linktable_kind_name(unsigned int kind)
{
	return kind == LINKTABLE_KIND_PLAIN ? "plain" : kind == LINKTABLE_KIND_INIT ? "init"
		: kind == LINKTABLE_KIND_REL ? "relative" : kind == LINKTABLE_KIND_ARRAY ? "array" : "unknown";
}

const char *linktable_phase_name(unsigned int phase)
{
	return phase < LINKTABLE_MAX_PHASES ? phase_words[phase] : "phase?";
}

const char *linktable__phase_name(const char *const *names, unsigned int nphases, unsigned int phase)
{
	static const char *const unnamed[LINKTABLE_DEFAULT_PHASES] = { "phase0", "phase1", "phase2" };

	if (names && phase < nphases && names[phase])
		return names[phase];
	if (names && phase < LINKTABLE_DEFAULT_PHASES)
		return unnamed[phase]; /* a program's phase set: the seed's names would mislead */
	return linktable_phase_name(phase);
}
