// Import list of package typerace in command/typerace of hionay/rubyChan (the import blocks of its non-test files; no code kept)
package typerace

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/hionay/rubyChan/internal/matrixutil"
	_ "github.com/hionay/rubyChan/state"
	_ "log"
	_ "maunium.net/go/mautrix"
	_ "maunium.net/go/mautrix/event"
	_ "maunium.net/go/mautrix/id"
	_ "net/http"
	_ "strings"
	_ "sync"
	_ "time"
)
