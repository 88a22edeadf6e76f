// Import list of package paginationplanner in oryx/pagination/paginationplanner of ory/hydra (the import blocks of its non-test files; no code kept)
package paginationplanner

import (
	_ "github.com/ory/x/pagination/keysetpagination_v2"
	_ "github.com/pkg/errors"
)
