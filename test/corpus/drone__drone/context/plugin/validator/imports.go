// Import list of package validator in plugin/validator of drone/drone (the import blocks of its non-test files; no code kept)
package validator

import (
	_ "context"
	_ "github.com/drone/drone-go/drone"
	_ "github.com/drone/drone-go/plugin/validator"
	_ "github.com/drone/drone/core"
	_ "path/filepath"
	_ "time"
)
