// Import list of package assert in pkg/assert of ncarlier/webhookd (the import blocks of its non-test files; no code kept)
package assert

import (
	_ "testing"
)
