// Import list of package stringsx in oryx/stringsx of ory/hydra (the import blocks of its non-test files; no code kept)
package stringsx

import (
	_ "fmt"
	_ "slices"
	_ "strings"
	_ "unicode"
	_ "unicode/utf8"
)
