// Import list of package utils in utils of Bhaal22/ricardo_user_creation (the import blocks of its non-test files; no code kept)
package utils

import (
	_ "net/http"
)
