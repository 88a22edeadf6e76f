// Import list of package errors in handler/api/errors of drone/drone (the import blocks of its non-test files; no code kept)
package errors

import (
)
