// Import list of package profilex in oryx/profilex of ory/hydra (the import blocks of its non-test files; no code kept)
package profilex

import (
	_ "github.com/pkg/profile"
	_ "os"
)
