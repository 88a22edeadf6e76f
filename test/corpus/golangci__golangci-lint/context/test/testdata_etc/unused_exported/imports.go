// Import list of package main in test/testdata_etc/unused_exported of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package main

import (
	_ "github.com/golangci/golangci-lint/v2/test/testdata_etc/unused_exported/lib"
)
