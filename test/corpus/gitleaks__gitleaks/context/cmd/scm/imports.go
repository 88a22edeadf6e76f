// Import list of package scm in cmd/scm of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package scm

import (
	_ "fmt"
	_ "strings"
)
