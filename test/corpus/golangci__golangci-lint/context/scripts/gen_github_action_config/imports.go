// Import list of package main in scripts/gen_github_action_config of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "encoding/json"
	_ "errors"
	_ "fmt"
	_ "github.com/shurcooL/githubv4"
	_ "golang.org/x/oauth2"
	_ "log"
	_ "os"
	_ "path/filepath"
	_ "strconv"
	_ "strings"
)
