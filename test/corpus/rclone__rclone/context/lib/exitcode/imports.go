// Import list of package exitcode in lib/exitcode of rclone/rclone (the import blocks of its non-test files; no code kept)
package exitcode

import (
)
