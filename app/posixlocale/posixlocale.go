//go:build linux || freebsd || netbsd || openbsd || dragonfly

// Package posixlocale keeps Fyne quiet under a POSIX locale. It has no Go
// API: importing it (main does) is what it takes.
//
// Fyne reads the locale while its packages initialise, before main runs,
// and cannot parse POSIX names with a codeset such as C.UTF-8, the default
// of many containers: every run of every command then printed three
// "Fyne error: Error parsing user locale C" lines before its own output.
// No Go code runs early enough to prevent it, so a C constructor, which the
// C runtime calls before Go starts, rewrites the variable Fyne reads into
// an equivalent one it does not: LANG=C.UTF-8 becomes LC_CTYPE=C.UTF-8 (a
// POSIX locale differs from plain C only in its character type), so the
// character set is kept for the C libraries under Fyne, and Fyne, finding
// no language named, uses English without complaint. The entry is changed
// in place in the environment the Go runtime is about to read.
package posixlocale

/*
#include <stdio.h>
#include <string.h>

extern char **environ;

// posixWithCodeset reports whether a locale value is C or POSIX with a
// codeset ("C.UTF-8", "POSIX.utf8"), which Fyne fails to parse.
static int posixWithCodeset(const char *v) {
	return strncmp(v, "C.", 2) == 0 || strncmp(v, "POSIX.", 6) == 0;
}

// entry returns the index in environ of NAME=, or -1.
static int entry(const char *name) {
	size_t n = strlen(name);
	for (int i = 0; environ != NULL && environ[i] != NULL; i++) {
		if (strncmp(environ[i], name, n) == 0 && environ[i][n] == '=') {
			return i;
		}
	}
	return -1;
}

static const char *value(int i) {
	return i < 0 ? "" : strchr(environ[i], '=') + 1;
}

__attribute__((constructor)) static void retracePOSIXLocale(void) {
	// Fyne asks LC_ALL, then LC_MESSAGES, then LANG: the first one set.
	static char rewritten[256];
	static const char *names[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	int ctype = entry("LC_CTYPE");
	for (int k = 0; k < 3; k++) {
		int i = entry(names[k]);
		const char *v = value(i);
		if (v[0] == '\0') {
			continue;
		}
		if (!posixWithCodeset(v) || strlen(v) > 200) {
			return;
		}
		if (k == 1) {
			// Messages in a POSIX locale are untranslated either way.
			environ[i] = "LC_MESSAGES=C";
		} else if (ctype < 0 && (k == 2 || (value(entry("LANG"))[0] == '\0' && entry("LC_MESSAGES") < 0))) {
			// LANG, or LC_ALL with nothing else set: the codeset is all it
			// said, and LC_CTYPE says it alone.
			snprintf(rewritten, sizeof rewritten, "LC_CTYPE=%s", v);
			environ[i] = rewritten;
		} else {
			// LC_CTYPE is set, so the codeset is said there.
			snprintf(rewritten, sizeof rewritten, "%s=C", names[k]);
			environ[i] = rewritten;
		}
		return;
	}
}
*/
import "C"
