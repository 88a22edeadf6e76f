// Import list of package regexp in regexp of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package regexp

import (
	_ "github.com/wasilibs/go-re2"
	_ "regexp"
)
