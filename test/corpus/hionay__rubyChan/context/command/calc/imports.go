// Import list of package calc in command/calc of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package calc

import (
	_ "context"
	_ "fmt"
	_ "github.com/Knetic/govaluate"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "strings"
)
