// Import list of package logging in logging of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package logging

import (
	_ "github.com/rs/zerolog"
	_ "os"
)
