// Import list of package uuidx in oryx/uuidx of ory/hydra (the import blocks of its non-test files; no code kept)
package uuidx

import (
	_ "github.com/gofrs/uuid"
)
