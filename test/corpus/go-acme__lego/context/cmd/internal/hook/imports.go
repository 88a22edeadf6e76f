// Import list of package hook in cmd/internal/hook of go-acme/lego (the import blocks of its non-test files; no code kept)
package hook

import (
	_ "bufio"
	_ "context"
	_ "errors"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/certcrypto"
	_ "github.com/go-acme/lego/v5/certificate"
	_ "github.com/go-acme/lego/v5/cmd/internal/storage"
	_ "github.com/go-acme/lego/v5/log"
	_ "maps"
	_ "os"
	_ "os/exec"
	_ "strings"
	_ "time"
)
