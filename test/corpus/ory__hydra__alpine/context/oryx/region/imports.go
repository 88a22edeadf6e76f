// Import list of package region in oryx/region of ory/hydra (the import blocks of its non-test files; no code kept)
package region

import (
	_ "database/sql/driver"
	_ "github.com/ory/herodot"
	_ "github.com/pkg/errors"
)
