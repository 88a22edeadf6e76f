// Import list of package main in . of go-acme/lego (the import blocks of its non-test files; no code kept)
package main

import (
	_ "context"
	_ "fmt"
	_ "github.com/go-acme/lego/v5/cmd"
	_ "github.com/go-acme/lego/v5/log"
	_ "github.com/urfave/cli/v3"
	_ "os"
	_ "runtime"
)
