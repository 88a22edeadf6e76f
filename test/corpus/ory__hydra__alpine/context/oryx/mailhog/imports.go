// Import list of package mailhog in oryx/mailhog of ory/hydra (the import blocks of its non-test files; no code kept)
package mailhog

import (
	_ "errors"
	_ "github.com/mailhog/data"
	_ "strings"
	_ "sync"
)
