// Import list of package approved in lib/approved of umputun/tg-spam (the import blocks of its non-test files; no code kept)
package approved

import (
	_ "fmt"
	_ "time"
)
