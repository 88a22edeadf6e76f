// Import list of package admission in plugin/admission of drone/drone (the import blocks of its non-test files; no code kept)
package admission

import (
	_ "context"
	_ "errors"
	_ "github.com/drone/drone-go/drone"
	_ "github.com/drone/drone-go/plugin/admission"
	_ "github.com/drone/drone/core"
	_ "strings"
	_ "time"
)
