// Import list of package testutil in pkg/apis/options/testutil of oauth2-proxy/oauth2-proxy (the import blocks of its non-test files; no code kept)
package testutil

import (
	_ "errors"
	_ "fmt"
	_ "github.com/google/go-cmp/cmp"
	_ "github.com/google/go-cmp/cmp/cmpopts"
	_ "github.com/onsi/gomega/format"
	_ "github.com/onsi/gomega/types"
	_ "unicode"
	_ "unicode/utf8"
)
