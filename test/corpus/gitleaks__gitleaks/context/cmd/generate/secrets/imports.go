// Import list of package secrets in cmd/generate/secrets of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package secrets

import (
	_ "github.com/lucasjones/reggen"
)
