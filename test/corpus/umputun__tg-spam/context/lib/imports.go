// Import list of package lib in lib of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package lib

import (
)
