// Import list of package sliceutil in lib/sliceutil of syncthing/syncthing (the import blocks of its non-test files; no code kept)
package sliceutil

import (
)
