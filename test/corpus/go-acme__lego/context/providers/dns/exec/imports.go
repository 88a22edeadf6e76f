// Import list of package exec in providers/dns/exec of go-acme/lego (the import blocks of its non-test files; no code kept)
package exec

import (
	_ "bufio"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/challenge"
	_ "github.com/go-acme/lego/v5/challenge/dns01"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/go-acme/lego/v5/platform/env"
	_ "os"
	_ "os/exec"
	_ "time"
)
