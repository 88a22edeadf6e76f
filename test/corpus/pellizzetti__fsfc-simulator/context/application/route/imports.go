// Import list of package route in application/route of pellizzetti/fsfc-simulator (the import blocks of its non-test files; no code kept)
package route

import (
	_ "bufio"
	_ "encoding/json"
	_ "errors"
	_ "net/http"
	_ "strconv"
	_ "strings"
)
