// Import list of package mocks in utils/mocks of Bhaal22/ricardo_user_creation (the import blocks of its non-test files; no code kept)
package mocks

import (
	_ "github.com/stretchr/testify/mock"
	_ "net/http"
)
