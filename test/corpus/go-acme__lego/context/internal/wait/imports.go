// Import list of package wait in internal/wait of go-acme/lego (the import blocks of its non-test files; no code kept)
package wait

import (
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/cenkalti/backoff/v5"
	_ "github.com/go-acme/lego/v5/log"
	_ "time"
)
