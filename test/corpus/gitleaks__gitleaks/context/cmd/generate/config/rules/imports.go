// Import list of package rules in cmd/generate/config/rules of gitleaks/gitleaks (the import blocks of its non-test files; no code kept)
package rules

import (
	_ "encoding/base64"
	_ "fmt"
	_ "github.com/zricethezav/gitleaks/v8/cmd/generate/config/utils"
	_ "github.com/zricethezav/gitleaks/v8/cmd/generate/secrets"
	_ "github.com/zricethezav/gitleaks/v8/config"
	_ "github.com/zricethezav/gitleaks/v8/regexp"
	_ "regexp"
)
