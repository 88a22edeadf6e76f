// Import list of package jwtx in oryx/jwtx of ory/hydra (the import blocks of its non-test files; no code kept)
package jwtx

import (
	_ "github.com/ory/x/mapx"
	_ "github.com/pkg/errors"
	_ "time"
)
