// Import list of package uuid in internal/testhelpers/uuid of ory/hydra (the import blocks of its non-test files; no code kept)
package uuid

import (
	_ "github.com/gofrs/uuid"
	_ "github.com/stretchr/testify/require"
	_ "testing"
)
